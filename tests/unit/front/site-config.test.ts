import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainConfig } from '@/lib/front/nginx';
import { localSiteConfig, siteConfigFile } from '@/lib/front/rewatch-front';

const ports = { front: 8080, app: 3000, collab: 3001 };

describe('the front as npm run front runs it', () => {
  it('is the shipped deploy/nginx/rewatch.conf with only port, upstreams, cache folder and Brotli snippet replaced', async () => {
    const shipped = await readFile(siteConfigFile, 'utf8');
    const local = localSiteConfig(shipped, { front: 8399, app: 3398, collab: 3399 }, '/tmp/vorne');
    expect(local).toContain('listen 127.0.0.1:8399;');
    expect(local).toContain('server 127.0.0.1:3398;');
    expect(local).toContain('server 127.0.0.1:3399;');
    expect(local).toContain('proxy_cache_path /tmp/vorne/cache/pages ');
    expect(local).toContain('include /tmp/vorne/conf/rewatch-brotli*.conf;');
    const directives = local.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(directives.filter((line) => /\/var\/|\/etc\/nginx|listen 80;/.test(line))).toEqual([]);
    // Everything else line for line as shipped.
    const changed = local.split('\n').filter((line, index) => line !== shipped.split('\n')[index]);
    expect(changed).toHaveLength(6);
  });

  it('refuses, in German, a configuration whose expected lines moved', async () => {
    const shipped = await readFile(siteConfigFile, 'utf8');
    expect(() => localSiteConfig(shipped.replace('    listen 80;\n', '    listen 443 ssl;\n'), ports, '/tmp/vorne')).toThrow(/„    listen 80;\n“ steht dort 0-mal statt genau einmal/);
    expect(() => localSiteConfig(`${shipped}\nupstream b { server 127.0.0.1:3000; }`, ports, '/tmp/vorne')).toThrow(/2-mal/);
  });

  it('keeps pid, logs and temp folders under its prefix and runs in the foreground', () => {
    const config = mainConfig({ prefix: '/tmp/vorne', http: 'server {}', asRoot: false });
    expect(config).toContain('daemon off;');
    expect(config).toContain('pid /tmp/vorne/nginx.pid;');
    expect(config).toContain('error_log /tmp/vorne/logs/error.log');
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) expect(config).toContain(`${kind}_temp_path /tmp/vorne/temp/${kind};`);
    expect(config).not.toContain('user ');
    expect(mainConfig({ prefix: 'relativ', http: '', asRoot: true })).toContain(`pid ${path.resolve('relativ')}/nginx.pid;`);
    expect(mainConfig({ prefix: '/tmp/vorne', http: '', asRoot: true })).toContain('user nobody nogroup;');
  });
});

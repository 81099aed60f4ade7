import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// What a production build depends on: the code, and the data its prerendered
// pages were made from. When neither changed since the last build, `npm start`
// skips `next build` and starts in seconds. (While the app runs, it refreshes
// its own pages after writes; this covers data changed while it was stopped.)
const inputs = ['app', 'components', 'lib', 'public', 'next.config.ts', 'cache-handler.mjs', 'package-lock.json', 'prisma/schema.prisma', 'tsconfig.json'];
const ignored = new Set(['generated', 'node_modules']);
const stampName = 'rewatch-build-inputs';

async function hashTree(target: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const info = await stat(target).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    hash.update(target).update(await readFile(target));
    return;
  }
  const entries = (await readdir(target)).filter((entry) => !ignored.has(entry)).sort();
  for (const entry of entries) await hashTree(path.join(target, entry), hash);
}

export type BuildTarget = { distDir: string; dataVersion: string; root?: string };

export async function buildInputsHash({ dataVersion, root = process.cwd() }: BuildTarget): Promise<string> {
  const hash = createHash('sha256').update(dataVersion);
  for (const input of inputs) await hashTree(path.join(root, input), hash);
  return hash.digest('hex');
}

export async function buildIsCurrent(target: BuildTarget): Promise<boolean> {
  const dist = path.join(target.root ?? process.cwd(), target.distDir);
  const [stamp, buildId] = await Promise.all([
    readFile(path.join(dist, stampName), 'utf8').catch(() => null),
    stat(path.join(dist, 'BUILD_ID')).catch(() => null),
  ]);
  return Boolean(stamp && buildId && stamp === (await buildInputsHash(target)));
}

export async function recordBuild(target: BuildTarget): Promise<void> {
  const dist = path.join(target.root ?? process.cwd(), target.distDir);
  await writeFile(path.join(dist, stampName), await buildInputsHash(target));
}

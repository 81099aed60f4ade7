import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// What a production build depends on. When none of it changed since the last
// build, `npm start` skips `next build` and starts in seconds.
const inputs = ['app', 'components', 'lib', 'public', 'next.config.ts', 'package-lock.json', 'prisma/schema.prisma', 'tsconfig.json'];
const ignored = new Set(['generated', 'node_modules']);
const stampFile = path.join('.next', 'rewatch-build-inputs');

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

export async function buildInputsHash(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) await hashTree(path.join(root, input), hash);
  return hash.digest('hex');
}

export async function buildIsCurrent(root = process.cwd()): Promise<boolean> {
  const [stamp, buildId] = await Promise.all([
    readFile(path.join(root, stampFile), 'utf8').catch(() => null),
    stat(path.join(root, '.next', 'BUILD_ID')).catch(() => null),
  ]);
  return Boolean(stamp && buildId && stamp === (await buildInputsHash(root)));
}

export async function recordBuild(root = process.cwd()): Promise<void> {
  await writeFile(path.join(root, stampFile), await buildInputsHash(root));
}

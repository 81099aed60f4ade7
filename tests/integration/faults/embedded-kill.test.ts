import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { DataFolderInUseError, startEmbeddedDatabase } from '@/lib/db/embedded';

// The embedded database under a hard crash: a process saving as fast as it can is killed
// with SIGKILL (no shutdown, no lock release). On restart every save the process had seen
// committed must be there, and the data must be consistent. While it runs, a second process
// is refused with DataFolderInUseError.

const writer = path.join(import.meta.dirname, 'embedded-writer.ts');
const interop = path.join(import.meta.dirname, 'interop-register.mjs');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rewatch-faults-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

type Writer = { child: ChildProcess; acked: () => number; waitFor: (n: number) => Promise<void> };

function startWriter(dataDir: string, mode: 'rows' | 'drafts'): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', interop, writer, dataDir, mode], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let last = 0;
  let stderr = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^ack (\d+)$/.exec(line);
      if (match) last = Number(match[1]);
    }
    for (const waiter of waiters.filter((w) => last >= w.n)) waiter.resolve();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    child,
    acked: () => last,
    waitFor: (n) =>
      new Promise((resolve, reject) => {
        if (last >= n) return resolve();
        waiters.push({ n, resolve });
        child.once('exit', (code) => reject(new Error(`Schreiber beendet (${code}) nach ${last} Bestätigungen:\n${stderr}`)));
      }),
  };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('embedded database killed while saving', () => {
  it('keeps every acknowledged insert and refuses a second opener while running', async () => {
    const dataDir = path.join(root, 'rows');
    const run = startWriter(dataDir, 'rows');
    await run.waitFor(5);
    const second = await startEmbeddedDatabase({ dataDir }).then(
      async (db) => {
        await db.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(DataFolderInUseError);
    // Kill at a moment that is not a multiple of anything: somewhere inside a save.
    await run.waitFor(run.acked() + 17);
    await kill(run.child);
    const acked = run.acked();

    const restarted = await startEmbeddedDatabase({ dataDir });
    const db = createDb(restarted.url, { max: 2 });
    try {
      const slugs = new Set((await db.show.findMany({ select: { slug: true } })).map((show) => show.slug));
      const missing = Array.from({ length: acked }, (_, i) => `show-${i + 1}`).filter((slug) => !slugs.has(slug));
      expect(missing).toEqual([]);
      // At most the one save in flight may have committed without its acknowledgement.
      expect(slugs.size - acked).toBeLessThanOrEqual(1);
    } finally {
      await db.$disconnect();
      await restarted.close();
    }
  });

  it('keeps every acknowledged recap version, with its revision and search index, across two crashes', async () => {
    const dataDir = path.join(root, 'drafts');
    let acked = 0;
    for (let round = 0; round < 2; round++) {
      const run = startWriter(dataDir, 'drafts');
      await run.waitFor(acked + 13);
      await kill(run.child);
      acked = run.acked();
    }
    const restarted = await startEmbeddedDatabase({ dataDir });
    const db = createDb(restarted.url, { max: 2 });
    try {
      const recap = await db.recap.findFirstOrThrow({ include: { revisions: { orderBy: { id: 'desc' }, take: 1 }, search: { select: { words: true } } } });
      expect(recap.version - acked).toBeGreaterThanOrEqual(0);
      expect(recap.version - acked).toBeLessThanOrEqual(1);
      // Recap, its newest revision and the trigger-written search row belong to the same save.
      expect(recap.plainText).toBe(`Fassung ${recap.version}: Carrie schreibt.`);
      expect(recap.revisions[0]?.version).toBe(recap.version);
      expect(recap.revisions[0]?.plainText).toBe(recap.plainText);
      expect(recap.search?.words).toContain(`${recap.version}`);
    } finally {
      await db.$disconnect();
      await restarted.close();
    }
  });
});

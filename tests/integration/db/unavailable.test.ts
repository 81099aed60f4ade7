import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '@/lib/auth/session';
import { createDb, useDb } from '@/lib/db/client';
import { saveRecapDraft } from '@/lib/recaps/actions';
import { documentFromText } from '@/lib/recaps/document';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase();
});

afterAll(async () => {
  await database?.cleanup();
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('a database that cannot be reached', () => {
  it('is recognised, so pages can say so instead of failing', async () => {
    const port = await closedPort();
    const db = createDb(`postgresql://postgres@127.0.0.1:${port}/postgres`, { max: 1, connectionTimeoutMillis: 1_000 });
    const error = await db.show.count().then(
      () => null,
      (e: unknown) => e,
    );
    await db.$disconnect();
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('makes server actions answer "try again" instead of throwing (which would replace the editor with the error page)', async () => {
    const port = await closedPort();
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const unreachable = createDb(url, { max: 1, connectionTimeoutMillis: 1_000 });
    useDb(unreachable, url);
    try {
      const result = await runAs(1, () => saveRecapDraft({ episodeId: 1, baseVersion: 0, body: documentFromText('Text') }));
      expect(result).toMatchObject({ ok: false, retryable: true });
      expect(result.ok ? '' : result.error).toContain('Deine Eingaben sind nicht verloren');
    } finally {
      useDb(database.db, database.url);
      await unreachable.$disconnect();
    }
  });

  it('is not confused with an ordinary error', async () => {
    await database.db.show.create({ data: { slug: 'einmal', title: 'Einmal' } });
    const duplicate = await database.db.show.create({ data: { slug: 'einmal', title: 'Zweimal' } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(duplicate).not.toBeNull();
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new Error('Etwas anderes'))).toBe(false);
  });
});

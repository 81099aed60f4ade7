import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCharacter, listCharacterSlugs } from '@/lib/characters/queries';
import { createDb, useDb } from '@/lib/db/client';
import { DataFolderInUseError, startEmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { getPublicEpisode, listLatestRecaps, listPublicEpisodeSlugs } from '@/lib/episodes/queries';
import { importSeed } from '@/lib/seed/import-seed';
import { listStorylines } from '@/lib/storylines/queries';

// The embedded default: PGlite in a data folder, served over the Postgres protocol.
describe('embedded database', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rewatch-embedded-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data across a clean restart', async () => {
    const first = await startEmbeddedDatabase({ dataDir: dir });
    await applyMigrations(first.url);
    const db = createDb(first.url, { max: 2 });
    await db.show.create({ data: { slug: 'bleibt', title: 'Bleibt' } });
    await db.$disconnect();
    await first.close();

    const second = await startEmbeddedDatabase({ dataDir: dir });
    const again = createDb(second.url, { max: 2 });
    expect(await again.show.findUnique({ where: { slug: 'bleibt' } })).toMatchObject({ title: 'Bleibt' });
    await again.$disconnect();
    await second.close();
  });

  it('refuses a second opener of the same data folder with a clear message', async () => {
    const owner = await startEmbeddedDatabase({ dataDir: dir });
    try {
      const error = await startEmbeddedDatabase({ dataDir: dir }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataFolderInUseError);
      expect((error as Error).message).toContain('wird schon von einem anderen Rewatch-Prozess benutzt');
    } finally {
      await owner.close();
    }
  });

  it('serves concurrent queries and transactions from several connections without mixing them up', async () => {
    const embedded = await startEmbeddedDatabase({ dataDir: null });
    await applyMigrations(embedded.url);
    const a = createDb(embedded.url, { max: 4 });
    const b = createDb(embedded.url, { max: 4 });
    try {
      await importSeed(a);
      useDb(b);
      // The archive's page queries from 4 connections at once, as during a static build.
      // Without the session queue their Parse/Bind messages interleave on the one PGlite
      // backend ("bind message supplies 49 parameters, but prepared statement requires 22").
      const slugs = await listCharacterSlugs();
      const episodes = await listPublicEpisodeSlugs();
      for (let round = 0; round < 3; round++) {
        const pages = await Promise.all([
          ...slugs.map((slug) => getCharacter(slug)),
          ...episodes.map((episode) => getPublicEpisode(episode.slug)),
          listLatestRecaps(),
          listStorylines(),
        ]);
        expect(pages.every((page) => page !== null)).toBe(true);
      }
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? a : b).$transaction(async (tx) => {
            await tx.show.create({ data: { slug: `s${i}`, title: `Show ${i}` } });
            expect(await tx.show.count({ where: { slug: `s${i}` } })).toBe(1);
          }),
        ),
      );
      expect(await a.show.count()).toBe(11);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
      await embedded.close();
    }
  });
});

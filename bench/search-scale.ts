// npx tsx bench/search-scale.ts [--db pglite|postgres|both] [--sizes 1000,10000,100000] [--budget-minutes 10] [--seed 1]
//
// How search latency and import time grow with the archive: for each database and size, a
// fresh scratch database (in-memory PGlite, or a new database on the PostgreSQL server at
// DATABASE_URL or 127.0.0.1:5432) gets `size` generated recaps (bench/lib/generate-recaps.ts)
// through the product's importer in one transaction, then ~20 fixed German queries run
// through searchRecaps (the function behind /suche, without Next's data cache). A size whose
// import would take longer than the budget (extrapolated from the previous size) is reported
// as not measured instead of being started. Not part of `npm test`.
import { parseArgs } from 'node:util';
// Renamed: the React hooks lint rule mistakes any use* call for a hook.
import { createDb, type Db, useDb as pointAppAt } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { env } from '@/lib/env';
import { importRecaps } from '@/lib/importer/import-recaps';
import { documentFromText, excerptOf, plainTextOf, storedBody } from '@/lib/recaps/document';
import type { SearchParams } from '@/lib/search/params';
import { searchRecaps } from '@/lib/search/queries';
import { type GeneratedArchive, generateArchiveFromSeed, toImportJson } from './lib/generate-recaps';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'budget-minutes': { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    repeats: { type: 'string', default: '5' },
  },
});
const kinds = values.db === 'both' ? (['pglite', 'postgres'] as const) : ([values.db] as const);
const sizes = values.sizes.split(',').map(Number);
const budgetMs = Number(values['budget-minutes']) * 60_000;
const repeats = Number(values.repeats);
const serverUrl = env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

type Query = { name: string } & Partial<SearchParams>;
// Inflections, compound parts, a typo, names in the genitive, several words, and the filters.
const queries: Query[] = [
  { name: 'Hochzeit', q: 'Hochzeit' },
  { name: 'Hochzeiten (Plural)', q: 'Hochzeiten' },
  { name: 'Freundin → Freundinnen', q: 'Freundin' },
  { name: 'Schuh → Schuhe', q: 'Schuh' },
  { name: 'Party (Teil von Babyparty)', q: 'Party' },
  { name: 'Eifersucht (Teil)', q: 'Eifersucht' },
  { name: 'Verlobung (Teil)', q: 'Verlobung' },
  { name: 'Wohnung', q: 'Wohnung' },
  { name: 'Mirandas (Genitiv)', q: 'Mirandas' },
  { name: 'Tippfehler Kalifonien', q: 'Kalifonien' },
  { name: 'Tippfehler Charlote', q: 'Charlote' },
  { name: 'Big Kalifornien', q: 'Big Kalifornien' },
  { name: 'Vogue Artikel', q: 'Vogue Artikel' },
  { name: 'Therapeut', q: 'Therapeut' },
  { name: 'Geburtstag Dreier', q: 'Geburtstag Dreier' },
  { name: 'Baby + Staffel 4', q: 'Baby', season: 4 },
  { name: 'Schuhe + Figur Carrie', q: 'Schuhe', character: 'carrie-bradshaw' },
  { name: 'Date + Strang Carrie & Aidan', q: 'Date', storyline: 'carrie-und-aidan' },
  { name: 'nur Filter Staffel 2', q: '', season: 2 },
  { name: 'kein Treffer', q: 'Raumschiff' },
];

type Measured = { kind: string; size: number; importMs: number | null; importNote: string; p50: number; p95: number; slowest: string };

const importerSlice = 1_000;

async function importOnce(db: Db, archive: GeneratedArchive): Promise<{ ms: number | null; note: string }> {
  const started = performance.now();
  try {
    await importRecaps(db, { kind: 'json', file: 'bench.json', content: toImportJson(archive) }, { catalog: archive.catalog });
    return { ms: performance.now() - started, note: 'eine Transaktion' };
  } catch (error) {
    const ms = performance.now() - started;
    // Prisma's first line only names the call; the cause (e.g. the transaction timeout) is the last.
    const message = (error as Error).message.split('\n').filter((line) => line.trim()).at(-1) ?? String(error);
    console.log(`  Import in einer Transaktion abgebrochen nach ${(ms / 1000).toFixed(1)} s: ${message}`);
    return { ms: null, note: `bricht nach ${(ms / 1000).toFixed(0)} s ab: ${message.slice(0, 120)}` };
  }
}

/**
 * The recaps beyond the first 1000 written straight in SQL for the search figures only: the
 * importer costs ~25–30 ms per recap (the search triggers rebuild a recap's index once per
 * tag), which at 100 000 recaps is most of an hour. Triggers are off while the rows go in;
 * the index is then built with the same SQL as rewatch_refresh_recap_search, set-wise, and
 * the lexicon recounted as the search_lexicon migration does.
 */
async function bulkFill(db: Db, archive: GeneratedArchive, from: number): Promise<number> {
  const started = performance.now();
  const [characters, storylines, episodes] = await Promise.all([
    db.character.findMany({ select: { id: true, shortName: true } }),
    db.storyline.findMany({ select: { id: true, title: true } }),
    db.episode.findMany({ select: { id: true, number: true, season: { select: { number: true } } } }),
  ]);
  const characterId = new Map(characters.map((c) => [c.shortName, c.id]));
  const storylineId = new Map(storylines.map((s) => [s.title, s.id]));
  const episodeId = new Map(episodes.map((e) => [`${e.season.number}:${e.number}`, e.id]));
  const firstNew = ((await db.recap.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      for (let start = from; start < archive.recaps.length; start += 2_000) {
        const batch = archive.recaps.slice(start, start + 2_000).map((recap) => {
          const doc = documentFromText(recap.text);
          const plainText = plainTextOf(doc);
          const id = episodeId.get(`${recap.season}:${recap.episode}`);
          // Foreign keys are triggers, off here: a missing episode must fail loudly, not become 0.
          if (id === undefined) throw new Error(`Folge ${recap.season}/${recap.episode} fehlt`);
          return { recap, episodeId: id, body: JSON.stringify(storedBody(doc)), plainText, excerpt: excerptOf(plainText) };
        });
        const ids = await tx.$queryRaw<{ id: number; episodeId: number }[]>`
          INSERT INTO "Recap" ("episodeId", "status", "body", "plainText", "excerpt", "publishedAt", "updatedAt")
          SELECT e, 'PUBLISHED', b::jsonb, p, x, now() - interval '1 day', now()
          FROM unnest(${batch.map((b) => b.episodeId)}::int[], ${batch.map((b) => b.body)}::text[], ${batch.map((b) => b.plainText)}::text[], ${batch.map((b) => b.excerpt)}::text[]) AS t(e, b, p, x)
          RETURNING "id", "episodeId"`;
        const recapOf = new Map(ids.map((row) => [row.episodeId, row.id]));
        const tags = batch.flatMap((b) => b.recap.characters.map((name) => [recapOf.get(b.episodeId) ?? 0, characterId.get(name) ?? 0]));
        const arcs = batch.flatMap((b) => b.recap.storylines.map((title) => [recapOf.get(b.episodeId) ?? 0, storylineId.get(title) ?? 0]));
        await tx.$executeRaw`INSERT INTO "RecapCharacter" ("recapId", "characterId") SELECT * FROM unnest(${tags.map((t) => t[0])}::int[], ${tags.map((t) => t[1])}::int[])`;
        await tx.$executeRaw`INSERT INTO "RecapStoryline" ("recapId", "storylineId") SELECT * FROM unnest(${arcs.map((t) => t[0])}::int[], ${arcs.map((t) => t[1])}::int[])`;
      }
      await tx.$executeRaw`SELECT rewatch_refresh_recap_search("id") FROM "Recap" WHERE "id" >= ${firstNew}`;
      await tx.$executeRawUnsafe(`DELETE FROM "SearchWord"`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "SearchWord" ("word", "recaps") SELECT word, count(*)::int FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word GROUP BY word`,
      );
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  await db.$executeRawUnsafe('ANALYZE');
  return performance.now() - started;
}

async function measureSearch(): Promise<{ p50: number; p95: number; slowest: string }> {
  const all: number[] = [];
  let slowest = { name: '', median: 0 };
  for (const query of queries) {
    const params: SearchParams = { q: query.q ?? '', season: query.season ?? null, character: query.character ?? null, storyline: query.storyline ?? null };
    await searchRecaps(params); // warm-up: plans, caches, the pool's connections
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      await searchRecaps(params);
      times.push(performance.now() - started);
    }
    all.push(...times);
    const median = percentile(times, 50);
    if (median > slowest.median) slowest = { name: query.name, median };
  }
  return { p50: percentile(all, 50), p95: percentile(all, 95), slowest: `${slowest.name} (${slowest.median.toFixed(0)} ms)` };
}

const runStarted = performance.now();
const results: Measured[] = [];
for (const kind of kinds) {
  let msPerRecap = 0;
  for (const size of sizes) {
    const predicted = msPerRecap * size;
    console.log(`${kind} ${size}: Datenbank anlegen, ${size} Recaps erzeugen und importieren …`);
    const scratch = await createScratchDatabase(kind === 'postgres' ? serverUrl : undefined, 'rewatch_bench');
    const db = createDb(scratch.url, { max: 4, connectionTimeoutMillis: 60_000 });
    try {
      await applyMigrations(scratch.url);
      const archive = await generateArchiveFromSeed(size, Number(values.seed));
      let imported: { ms: number | null; note: string };
      let fill = '';
      if (size <= importerSlice || predicted <= budgetMs) {
        imported = await importOnce(db, archive);
        if (imported.ms !== null) msPerRecap = imported.ms / size;
      } else {
        imported = { ms: null, note: `nicht gemessen: hochgerechnet ~${(predicted / 60_000).toFixed(0)} min (Budget ${budgetMs / 60_000} min); die Transaktion des Importers hat 120 s Timeout` };
      }
      if (imported.ms === null) {
        const first = { ...archive, recaps: archive.recaps.slice(0, importerSlice) };
        // With 100 000 episodes in the catalog even this slice can outlast the 120 s timeout on PGlite.
        if ((await importOnce(db, first)).ms === null) throw new Error(`${kind} ${size}: auch ${importerSlice} Recaps mit dem ganzen Katalog passen nicht in die Transaktion des Importers`);
        fill = ` (Suchdaten: ${importerSlice} per Importer, Rest per SQL in ${((await bulkFill(db, archive, importerSlice)) / 1000).toFixed(0)} s)`;
      }
      imported.note += fill;
      pointAppAt(db, scratch.url);
      const search = await measureSearch();
      const row = { kind, size, importMs: imported.ms, importNote: imported.note, ...search };
      results.push(row);
      console.log(`  Import ${imported.ms === null ? imported.note : `${(imported.ms / 1000).toFixed(1)} s`}; Suche p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, langsamste: ${search.slowest}`);
    } finally {
      await db.$disconnect();
      await scratch.drop();
    }
  }
}

const rows: [string, string][] = [];
for (const r of results) {
  const base = results.find((other) => other.kind === r.kind && other.size === sizes[0]);
  const ratio = (value: number, of: number | undefined) => (of ? ` (${(value / of).toFixed(1)} × ${sizes[0]})` : '');
  const label = `${r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL 15'} ${r.size.toLocaleString('de-DE')}`;
  rows.push(
    [`${label}: Suche p50`, `${r.p50.toFixed(1)} ms${ratio(r.p50, base?.p50)}`],
    [`${label}: Suche p95`, `${r.p95.toFixed(1)} ms${ratio(r.p95, base?.p95)}`],
    [`${label}: langsamste Anfrage (Median)`, r.slowest],
    [
      `${label}: Import`,
      r.importMs === null ? r.importNote : `${(r.importMs / 1000).toFixed(1)} s, ${(r.importMs / r.size).toFixed(2)} ms/Recap${ratio(r.importMs, base?.importMs ?? undefined)}`,
    ],
  );
}
rows.push([
  'Anfragen',
  `${queries.length} feste Anfragen × ${repeats} Wiederholungen nach einem Aufwärmlauf, searchRecaps ohne Next-Cache, Limit 30`,
]);
rows.push(['Gesamtlaufzeit', `${((performance.now() - runStarted) / 60_000).toFixed(1)} min`]);
console.log('');
for (const [name, value] of rows) console.log(`${name.padEnd(44)} ${value}`);
await recordResults('search-scale', rows);
process.exit(0);

// npx tsx bench/search-scale.ts [--db pglite|postgres|both] [--sizes 1000,10000,100000] [--budget-minutes 20] [--seed 1]
//
// How search latency and import time grow with the archive: for each database and size, a
// fresh scratch database (in-memory PGlite, or a new database on the PostgreSQL server at
// DATABASE_URL or 127.0.0.1:5432) gets `size` generated recaps (bench/lib/generate-recaps.ts,
// with a catalog of as many episodes) through the product's importer in one transaction; the
// same file is imported again (everything unchanged, nothing written), the search index is
// checked against the recaps (a row per recap, a lexicon equal to the recount of the index's
// words), then ~20 fixed German queries run through searchRecaps (the function behind
// /suche, without Next's data cache). A size whose import would take longer than the budget
// (extrapolated from the previous size) is reported as not measured instead of being started.
// Not part of `npm test`.
import { parseArgs } from 'node:util';
// Renamed: the React hooks lint rule mistakes any use* call for a hook.
import { createDb, type Db, useDb as pointAppAt } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { env } from '@/lib/env';
import { importRecaps } from '@/lib/importer/import-recaps';
import type { SearchParams } from '@/lib/search/params';
import { searchRecaps } from '@/lib/search/queries';
import { generateArchiveFromSeed, toImportJson } from './lib/generate-recaps';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'budget-minutes': { type: 'string', default: '20' },
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

type Measured = {
  kind: string;
  size: number;
  importMs: number | null;
  importNote: string;
  againMs: number | null;
  index: string;
  search: { p50: number; p95: number; slowest: string } | null;
};

function lastLine(error: unknown): string {
  // Prisma's first line only names the call; the cause (e.g. the transaction timeout) is the last.
  return ((error as Error).message ?? String(error)).split('\n').filter((line) => line.trim()).at(-1) ?? String(error);
}

/** Whether the index matches the recaps: a row per recap, and the lexicon equal to the recount of the index's words. */
async function checkIndex(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ recaps: number; indexed: number; words: number; wrong: number }[]>`
    WITH recount AS (
      SELECT word, count(*)::int AS recaps FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word GROUP BY word
    )
    SELECT
      (SELECT count(*)::int FROM "Recap") AS recaps,
      (SELECT count(*)::int FROM "RecapSearch") AS indexed,
      (SELECT count(*)::int FROM "SearchWord") AS words,
      (SELECT count(*)::int FROM recount FULL JOIN "SearchWord" s USING (word) WHERE recount.recaps IS DISTINCT FROM s."recaps") AS wrong`;
  if (!row) return 'keine Antwort';
  const ok = row.recaps === row.indexed && row.wrong === 0;
  return `${ok ? 'stimmt' : 'FALSCH'}: ${row.indexed}/${row.recaps} Recaps im Index, ${row.words} Wörter im Lexikon, ${row.wrong} abweichend`;
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
    const row: Measured = { kind, size, importMs: null, importNote: '', againMs: null, index: '', search: null };
    results.push(row);
    if (predicted > budgetMs) {
      row.importNote = `nicht gemessen: Import hochgerechnet ~${(predicted / 60_000).toFixed(0)} min (Budget ${budgetMs / 60_000} min)`;
      console.log(`${kind} ${size}: ${row.importNote}`);
      continue;
    }
    console.log(`${kind} ${size}: Datenbank anlegen, ${size} Recaps erzeugen und importieren …`);
    const scratch = await createScratchDatabase(kind === 'postgres' ? serverUrl : undefined, 'rewatch_bench');
    const db = createDb(scratch.url, { max: 4, connectionTimeoutMillis: 60_000 });
    try {
      await applyMigrations(scratch.url);
      const archive = await generateArchiveFromSeed(size, Number(values.seed));
      const source = { kind: 'json' as const, file: 'bench.json', content: toImportJson(archive) };
      let started = performance.now();
      try {
        const report = await importRecaps(db, source, { catalog: archive.catalog });
        row.importMs = performance.now() - started;
        msPerRecap = row.importMs / size;
        row.importNote = `${report.counts.published} veröffentlicht`;
        started = performance.now();
        const again = await importRecaps(db, source, { catalog: archive.catalog });
        row.againMs = performance.now() - started;
        if (again.counts.unchanged !== size) row.importNote += `; Wiederholung: nur ${again.counts.unchanged} unverändert`;
        row.index = await checkIndex(db);
      } catch (error) {
        const ms = performance.now() - started;
        row.importNote = `bricht nach ${(ms / 1000).toFixed(0)} s ab: ${lastLine(error).slice(0, 160)}`;
        msPerRecap = ms / size;
        console.log(`  Import ${row.importNote}`);
        continue;
      }
      await db.$executeRawUnsafe('ANALYZE');
      pointAppAt(db, scratch.url);
      row.search = await measureSearch();
      console.log(
        `  Import ${(row.importMs / 1000).toFixed(1)} s, Wiederholung ${((row.againMs ?? 0) / 1000).toFixed(1)} s, Index ${row.index}; ` +
          `Suche p50 ${row.search.p50.toFixed(1)} ms, p95 ${row.search.p95.toFixed(1)} ms, langsamste: ${row.search.slowest}`,
      );
    } finally {
      await db.$disconnect();
      await scratch.drop();
    }
  }
}

const rows: [string, string][] = [];
for (const r of results) {
  const base = results.find((other) => other.kind === r.kind && other.size === sizes[0]);
  const ratio = (value: number, of: number | null | undefined) => (of ? ` (${(value / of).toFixed(1)} × ${sizes[0]})` : '');
  const label = `${r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL 15'} ${r.size.toLocaleString('de-DE')}`;
  if (r.search) {
    rows.push(
      [`${label}: Suche p50`, `${r.search.p50.toFixed(1)} ms${ratio(r.search.p50, base?.search?.p50)}`],
      [`${label}: Suche p95`, `${r.search.p95.toFixed(1)} ms${ratio(r.search.p95, base?.search?.p95)}`],
      [`${label}: langsamste Anfrage (Median)`, r.search.slowest],
    );
  }
  rows.push([
    `${label}: Import`,
    r.importMs === null ? r.importNote : `${(r.importMs / 1000).toFixed(1)} s, ${(r.importMs / r.size).toFixed(2)} ms/Recap${ratio(r.importMs, base?.importMs)} (${r.importNote})`,
  ]);
  if (r.importMs !== null) {
    rows.push(
      [`${label}: Import wiederholt (alles unverändert)`, r.againMs === null ? '–' : `${(r.againMs / 1000).toFixed(1)} s`],
      [`${label}: Suchindex nach dem Import`, r.index],
    );
  }
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

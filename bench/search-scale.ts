// npx tsx bench/search-scale.ts [--db pglite|postgres|both] [--sizes 1000,10000,100000] [--budget-minutes 20] [--seed 1]
//
// How search latency and import time grow with the archive: for each database and size, a
// fresh scratch database (in-memory PGlite, or a new database on the PostgreSQL server at
// DATABASE_URL or 127.0.0.1:5432) gets `size` generated recaps (bench/lib/generate-recaps.ts,
// with a catalog of as many episodes) through the product's importer, one transaction per
// file of at most 100 000 recaps (a JSON file of a million would exceed V8's longest string);
// the first file is imported again (everything unchanged, nothing written), the search index
// is checked against the recaps (a row per recap, a lexicon equal to the recount of the
// index's words, postings equal to their recomputation), then 20 fixed German queries run
// through searchRecaps (the function behind /suche, without Next's data cache) and the
// suggestion endpoint's handler. Recall@10: for the fixed queries and 50 generated ones, the
// bounded top 10 against the exhaustive ranking of the same query (every match ranked).
// A size whose import would take longer than the budget (extrapolated from the previous
// size) is reported as not measured instead of being started. Not part of `npm test`.
import { parseArgs } from 'node:util';
// Renamed: the React hooks lint rule mistakes any use* call for a hook.
import { createDb, type Db, useDb as pointAppAt } from '@/lib/db/client';
import { maintainTables } from '@/lib/db/maintenance';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { env } from '@/lib/env';
import { importRecaps } from '@/lib/importer/import-recaps';
import type { SearchParams } from '@/lib/search/params';
import { searchRecaps } from '@/lib/search/queries';
import { GET as suggestions } from '../app/(public)/suche/vorschlaege/route';
import { type GeneratedArchive, generateArchiveFromSeed, seededRandom, toImportJson } from './lib/generate-recaps';
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
  maintenanceMs: number | null;
  index: string;
  search: { p50: number; p95: number; slowest: string } | null;
  suggest: { p50: number; p95: number } | null;
  recall: { mean: number; min: number; below: string[] } | null;
};

/**
 * 50 more queries from the archive's own vocabulary, the same for every run: single nouns,
 * pairs, a letter dropped (a typo), and a noun with a season filter.
 */
function generatedQueries(archive: GeneratedArchive, count = 50): Query[] {
  const random = seededRandom(4242);
  const words = [...new Set(archive.recaps.slice(0, 2_000).flatMap((recap) => recap.text.match(/\b[A-ZÄÖÜ][a-zäöüß]{4,}\b/gu) ?? []))].sort();
  const pick = () => words[Math.floor(random() * words.length)] ?? 'Carrie';
  return Array.from({ length: count }, (_, i) => {
    const word = pick();
    if (i % 5 === 1) return { name: `gen ${i}`, q: `${word} ${pick()}` };
    if (i % 5 === 2) {
      const at = 1 + Math.floor(random() * (word.length - 2));
      return { name: `gen ${i}`, q: word.slice(0, at) + word.slice(at + 1) };
    }
    if (i % 5 === 3) return { name: `gen ${i}`, q: word, season: 1 + Math.floor(random() * 6) };
    return { name: `gen ${i}`, q: word };
  });
}

const paramsOf = (query: Query): SearchParams => ({
  q: query.q ?? '',
  season: query.season ?? null,
  character: query.character ?? null,
  storyline: query.storyline ?? null,
});

/** Share of the exhaustive top 10 that the bounded search also puts in its top 10, per query. */
async function measureRecall(all: Query[]): Promise<{ mean: number; min: number; below: string[] }> {
  const recalls: { name: string; recall: number }[] = [];
  for (const query of all) {
    const [bounded, exhaustive] = await Promise.all([
      searchRecaps(paramsOf(query), { limit: 10 }),
      searchRecaps(paramsOf(query), { limit: 10, exhaustive: true }),
    ]);
    const found = new Set(bounded.hits.map((hit) => hit.slug));
    const recall = exhaustive.hits.length === 0 ? 1 : exhaustive.hits.filter((hit) => found.has(hit.slug)).length / exhaustive.hits.length;
    recalls.push({ name: query.q ?? query.name, recall });
  }
  return {
    mean: recalls.reduce((sum, r) => sum + r.recall, 0) / recalls.length,
    min: Math.min(...recalls.map((r) => r.recall)),
    below: recalls.filter((r) => r.recall < 1).map((r) => `${r.name} ${r.recall.toFixed(1)}`),
  };
}

/** The live search box's requests: its endpoint's handler, as the browser calls it, for the fixed queries' words. */
async function measureSuggestions(): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (const query of queries.filter((q) => q.q)) {
    const request = () => suggestions(new Request(`http://localhost/suche/vorschlaege?q=${encodeURIComponent(query.q ?? '')}`));
    await (await request()).json();
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      const response = await request();
      await response.json();
      times.push(performance.now() - started);
      if (!response.ok) throw new Error(`Vorschläge für ${query.q}: ${response.status}`);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function lastLine(error: unknown): string {
  // Prisma's first line only names the call; the cause (e.g. the transaction timeout) is the last.
  return ((error as Error).message ?? String(error)).split('\n').filter((line) => line.trim()).at(-1) ?? String(error);
}

/** Whether the index matches the recaps: a row per recap, and the lexicon equal to the recount of the index's words. */
async function checkIndex(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ recaps: number; indexed: number; words: number; wrong: number; postings: number; wrongPostings: number; wrongLexemes: number }[]>`
    WITH recount AS (
      SELECT word, count(*)::int AS recaps FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word GROUP BY word
    ),
    recomputed AS (SELECT s."recapId", p.lexeme, p.impact FROM "RecapSearch" s, rewatch_search_postings(s."document") AS p),
    lexemes AS (SELECT "lexeme", count(*)::int AS recaps FROM "SearchPosting" GROUP BY "lexeme")
    SELECT
      (SELECT count(*)::int FROM "Recap") AS recaps,
      (SELECT count(*)::int FROM "RecapSearch") AS indexed,
      (SELECT count(*)::int FROM "SearchWord") AS words,
      (SELECT count(*)::int FROM recount FULL JOIN "SearchWord" s USING (word) WHERE recount.recaps IS DISTINCT FROM s."recaps") AS wrong,
      (SELECT count(*)::int FROM "SearchPosting") AS postings,
      (SELECT count(*)::int FROM recomputed c FULL JOIN "SearchPosting" p ON p."recapId" = c."recapId" AND p."lexeme" = c.lexeme
        WHERE c.impact IS DISTINCT FROM p."impact") AS "wrongPostings",
      (SELECT count(*)::int FROM lexemes l FULL JOIN "SearchLexeme" s USING ("lexeme") WHERE l.recaps IS DISTINCT FROM s."recaps") AS "wrongLexemes"`;
  if (!row) return 'keine Antwort';
  const ok = row.recaps === row.indexed && row.wrong === 0 && row.wrongPostings === 0 && row.wrongLexemes === 0;
  return (
    `${ok ? 'stimmt' : 'FALSCH'}: ${row.indexed}/${row.recaps} Recaps im Index, ${row.words} Wörter im Lexikon, ${row.wrong} abweichend; ` +
    `${row.postings.toLocaleString('de-DE')} Postings, ${row.wrongPostings} abweichend, ${row.wrongLexemes} Lexemzählungen abweichend`
  );
}

async function measureSearch(): Promise<{ p50: number; p95: number; slowest: string }> {
  const all: number[] = [];
  let slowest = { name: '', median: 0 };
  // The process and its connections warm up first, as a server's do with its first requests:
  // without this round, the second fixed query (4 ms once warm) was the slowest at 15–28 ms in
  // four runs, with no disk traffic while it ran.
  for (const query of queries) await searchRecaps(paramsOf(query));
  for (const query of queries) {
    const params = paramsOf(query);
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

/** Sizes up to this get the full index check and the recall check. */
const checkedUpTo = 100_000;

/** Files of at most this many recaps: the JSON of a million would exceed V8's longest string. */
const recapsPerFile = 100_000;

/**
 * The archive as import files, each with the catalog entries of its own episodes, written
 * when asked for: ten JSON files of 100 000 recaps held at once exceed Node's heap.
 */
function importFiles(archive: GeneratedArchive) {
  const files = [];
  for (let start = 0; start < archive.recaps.length; start += recapsPerFile) {
    const recaps = archive.recaps.slice(start, start + recapsPerFile);
    const slots = new Set(recaps.map((recap) => `${recap.season}:${recap.episode}`));
    const catalog = {
      ...archive.catalog,
      episodes: { ...archive.catalog.episodes, episodes: archive.catalog.episodes.episodes.filter((e) => slots.has(`${e.season}:${e.number}`)) },
    };
    const file = `bench-${files.length + 1}.json`;
    files.push({ source: () => ({ kind: 'json' as const, file, content: toImportJson({ catalog, recaps }) }), catalog });
  }
  return files;
}

const runStarted = performance.now();
const results: Measured[] = [];
for (const kind of kinds) {
  let msPerRecap = 0;
  for (const size of sizes) {
    const predicted = msPerRecap * size;
    const row: Measured = { kind, size, importMs: null, importNote: '', againMs: null, maintenanceMs: null, index: '', search: null, suggest: null, recall: null };
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
      const files = importFiles(archive);
      let started = performance.now();
      try {
        let published = 0;
        for (const file of files) published += (await importRecaps(db, file.source(), { catalog: file.catalog })).counts.published;
        row.importMs = performance.now() - started;
        msPerRecap = row.importMs / size;
        row.importNote = `${published} veröffentlicht${files.length > 1 ? `, ${files.length} Dateien zu je ${recapsPerFile.toLocaleString('de-DE')}` : ''}`;
        const [first] = files;
        if (!first) throw new Error('keine Datei');
        started = performance.now();
        const again = await importRecaps(db, first.source(), { catalog: first.catalog });
        row.againMs = performance.now() - started;
        const expected = Math.min(size, recapsPerFile);
        if (again.counts.unchanged !== expected) row.importNote += `; Wiederholung: nur ${again.counts.unchanged} unverändert`;
        // Recomputing every posting of a million recaps takes longer than the rest of the run.
        row.index = size <= checkedUpTo ? await checkIndex(db) : `nicht geprüft (über ${checkedUpTo.toLocaleString('de-DE')} Recaps)`;
      } catch (error) {
        const ms = performance.now() - started;
        row.importNote = `bricht nach ${(ms / 1000).toFixed(0)} s ab: ${lastLine(error).slice(0, 160)}`;
        msPerRecap = ms / size;
        console.log(`  Import ${row.importNote}`);
        continue;
      }
      // Settled as the app finds it a minute later. PGlite: the app's own pass (it has no
      // autovacuum). PostgreSQL: VACUUM ANALYZE, as autovacuum would; the app's pass also runs
      // there when autovacuum is off, as on this machine, but only sees another connection's
      // writes once the server has published their counts, seconds later.
      started = performance.now();
      if (kind === 'pglite') await maintainTables(scratch.url);
      else await db.$executeRawUnsafe('VACUUM ANALYZE');
      row.maintenanceMs = performance.now() - started;
      // The import and VACUUM leave about a gigabyte of written pages for the disk; a checkpoint
      // writes them out before the searches are timed (without it, vmstat showed up to 21 % I/O
      // wait during the first queries).
      await db.$executeRawUnsafe('CHECKPOINT');
      pointAppAt(db, scratch.url);
      // As the app runs on each: on the embedded database (REWATCH_EMBEDDED=1, set by
      // npm start) a search keeps its count inside the page's statement.
      env.REWATCH_EMBEDDED = kind === 'pglite' ? '1' : '0';
      row.search = await measureSearch();
      row.suggest = await measureSuggestions();
      // The exhaustive reference ranks every match: at a million recaps, minutes per broad query.
      if (size <= checkedUpTo) row.recall = await measureRecall([...queries, ...generatedQueries(archive)]);
      console.log(
        `  Import ${(row.importMs / 1000).toFixed(1)} s, Wiederholung ${((row.againMs ?? 0) / 1000).toFixed(1)} s, Index ${row.index}; ` +
          `Suche p50 ${row.search.p50.toFixed(1)} ms, p95 ${row.search.p95.toFixed(1)} ms, langsamste: ${row.search.slowest}; ` +
          `Vorschläge p95 ${row.suggest.p95.toFixed(1)} ms; Recall@10 ${row.recall ? `${row.recall.mean.toFixed(3)} (min ${row.recall.min.toFixed(1)})` : 'nicht gemessen'}`,
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
  if (r.suggest) rows.push([`${label}: Vorschläge (Suchfeld) p50 / p95`, `${r.suggest.p50.toFixed(1)} / ${r.suggest.p95.toFixed(1)} ms`]);
  if (r.recall) {
    rows.push([
      `${label}: Recall@10 gegen vollständige Rangfolge`,
      `${r.recall.mean.toFixed(3)} im Mittel, Minimum ${r.recall.min.toFixed(1)} (${queries.length} feste + 50 erzeugte Anfragen)${r.recall.below.length ? `; unter 1: ${r.recall.below.join(', ')}` : ''}`,
    ]);
  }
  rows.push([
    `${label}: Import`,
    r.importMs === null ? r.importNote : `${(r.importMs / 1000).toFixed(1)} s, ${(r.importMs / r.size).toFixed(2)} ms/Recap${ratio(r.importMs, base?.importMs)} (${r.importNote})`,
  ]);
  if (r.importMs !== null) {
    rows.push(
      [`${label}: Import wiederholt (alles unverändert)`, r.againMs === null ? '–' : `${(r.againMs / 1000).toFixed(1)} s`],
      [
        `${label}: Pflege danach (${r.kind === 'pglite' ? 'Pflegelauf der App' : 'VACUUM ANALYZE'})`,
        r.maintenanceMs === null ? '–' : `${(r.maintenanceMs / 1000).toFixed(1)} s`,
      ],
      [`${label}: Suchindex nach dem Import`, r.index],
    );
  }
}
for (const kind of kinds) {
  // Sub-linear is the point: ten times the recaps should cost far less than ten times the time.
  const of = (size: number) => results.find((r) => r.kind === kind && r.size === size)?.search;
  const [from, to] = [of(100_000), of(1_000_000)];
  if (from && to) {
    rows.push([`${kind === 'pglite' ? 'PGlite' : 'PostgreSQL 15'}: Suche 100.000 → 1.000.000`, `p50 × ${(to.p50 / from.p50).toFixed(2)}, p95 × ${(to.p95 / from.p95).toFixed(2)} (bei 10 × so vielen Recaps)`]);
  }
}
rows.push([
  'Anfragen',
  `${queries.length} feste Anfragen × ${repeats} Wiederholungen nach einer Aufwärmrunde über alle und je einem Aufwärmlauf, searchRecaps ohne Next-Cache, Limit 30; Vorschläge: der Handler von /suche/vorschlaege (Limit 6) für dieselben Wörter`,
]);
rows.push(['Gesamtlaufzeit', `${((performance.now() - runStarted) / 60_000).toFixed(1)} min`]);
console.log('');
for (const [name, value] of rows) console.log(`${name.padEnd(44)} ${value}`);
await recordResults('search-scale', rows);
process.exit(0);

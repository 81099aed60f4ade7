// npm run import -- <file> [--map <tsv>] [--dry-run]
// A JSON file whose `format` is "rewatch-archive" (from `npm run export`) is restored into an
// empty database instead (lib/backup, docs/backup.md); everything else is a recap import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatRestoreReport, isArchiveJson, parseArchive, restoreArchive } from '@/lib/backup/import';
import { loadCatalog } from '@/lib/catalog/load';
import { runScript } from '@/lib/cli/run-script';
import { withScriptDatabase } from '@/lib/cli/with-database';
import { decodeUtf8 } from '@/lib/importer/entry';
import { type ImportSource, importRecaps } from '@/lib/importer/import-recaps';
import { formatImportReport } from '@/lib/importer/report';

async function readText(file: string): Promise<string> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `Datei nicht gefunden: ${file}` : `${file}: ${error.message}`);
  });
  return decodeUtf8(bytes, path.basename(file));
}

/** The parsed JSON when the file is a Rewatch archive; null for anything else (the recap importer reports its errors). */
function archiveJson(name: string, content: string): unknown {
  if (!name.toLowerCase().endsWith('.json')) return null;
  try {
    const raw: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
    return isArchiveJson(raw) ? raw : null;
  } catch {
    return null;
  }
}

async function restore(name: string, raw: unknown, dryRun: boolean): Promise<void> {
  const archive = parseArchive(raw, name);
  if (dryRun) {
    console.log(`Probelauf – es wurde nichts gespeichert. ${name} ist ein gültiges Archiv mit ${archive.recaps.length} Recaps.`);
    return;
  }
  await withScriptDatabase(async (db) => console.log(formatRestoreReport(await restoreArchive(db, archive))));
}

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { map: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Aufruf: npm run import -- <datei.txt|datei.json> [--map <zuordnung.tsv>] [--dry-run]');
    return 2;
  }
  const name = path.basename(file);
  const content = await readText(file);
  const archive = archiveJson(name, content);
  if (archive !== null) {
    if (values.map) throw new Error('Ein Rewatch-Archiv braucht keine Zuordnungsdatei (--map).');
    return restore(name, archive, values['dry-run']);
  }
  const source: ImportSource = name.toLowerCase().endsWith('.json')
    ? { kind: 'json', file: name, content }
    : { kind: 'text', file: name, content, map: values.map ? { file: path.basename(values.map), content: await readText(values.map) } : undefined };

  await withScriptDatabase(async (db) => {
    const report = await importRecaps(db, source, { catalog: await loadCatalog(), dryRun: values['dry-run'] });
    console.log(formatImportReport(report));
  });
});

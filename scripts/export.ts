// npm run export [-- --out <ordner>] — the whole archive as rewatch-archive.json plus one
// Markdown file per recap (format: docs/backup.md). `npm run import -- <ordner>/rewatch-archive.json`
// restores it into an empty database.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportArchive } from '@/lib/backup/export';
import { recapMarkdownFiles } from '@/lib/backup/markdown';
import { runScript } from '@/lib/cli/run-script';
import { withScriptDatabase } from '@/lib/cli/with-database';

const archiveFileName = 'rewatch-archive.json';

runScript(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length > 0) {
    console.error('Aufruf: npm run export [-- --out <ordner>]');
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = path.resolve(values.out ?? path.join('backups', `rewatch-${stamp}`));

  await withScriptDatabase(async (db) => {
    const archive = await exportArchive(db);
    const files = recapMarkdownFiles(archive);
    await mkdir(path.join(out, 'recaps'), { recursive: true });
    await writeFile(path.join(out, archiveFileName), `${JSON.stringify(archive, null, 2)}\n`);
    for (const file of files) await writeFile(path.join(out, 'recaps', file.name), file.content);
    console.log(`Archiv geschrieben: ${path.join(out, archiveFileName)}`);
    console.log(`  ${archive.recaps.length} Recaps (${files.length} Markdown-Dateien in ${path.join(out, 'recaps')}), ${archive.users.length} Zugänge ohne Passwörter.`);
  });
});

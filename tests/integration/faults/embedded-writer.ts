// Child process for the fault tests: opens the embedded database in the data folder given
// as argument and saves as fast as it can, printing "ack <n>" after each save returned
// (committed). The test kills it with SIGKILL at a random moment.
//   mode "rows":   plain inserts (one Show per save)
//   mode "drafts": versioned recap saves through lib/recaps/save-draft.ts, as the studio's autosave does
import { createDb } from '@/lib/db/client';
import { startEmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { documentFromText } from '@/lib/recaps/document';
import { saveDraft } from '@/lib/recaps/save-draft';

const [dataDir, mode = 'rows'] = process.argv.slice(2);
if (!dataDir) throw new Error('Aufruf: embedded-writer.ts <datenordner> [rows|drafts]');

const embedded = await startEmbeddedDatabase({ dataDir });
await applyMigrations(embedded.url);
const db = createDb(embedded.url, { max: 2 });
console.log('ready');

if (mode === 'rows') {
  for (let n = 1; ; n++) {
    await db.show.create({ data: { slug: `show-${n}`, title: `Show ${n}` } });
    console.log(`ack ${n}`);
  }
} else {
  const show = await db.show.upsert({ where: { slug: 'show' }, create: { slug: 'show', title: 'Show' }, update: {} });
  const season = await db.season.upsert({ where: { showId_number: { showId: show.id, number: 1 } }, create: { showId: show.id, number: 1 }, update: {} });
  const episode = await db.episode.upsert({
    where: { slug: 's01e01-pilot' },
    create: { showId: show.id, seasonId: season.id, number: 1, title: 'Pilot', slug: 's01e01-pilot' },
    update: {},
  });
  const user = await db.user.upsert({
    where: { email: 'host@example.org' },
    create: { email: 'host@example.org', name: 'Host', role: 'HOST', passwordHash: 'x' },
    update: {},
    select: { id: true, email: true, name: true, role: true },
  });
  let version = (await db.recap.findUnique({ where: { episodeId: episode.id } }))?.version ?? 0;
  for (;;) {
    const doc = documentFromText(`Fassung ${version + 1}: Carrie schreibt.`);
    const outcome = await saveDraft(db, { episodeId: episode.id, baseVersion: version, doc, user });
    if (outcome.status !== 'saved') throw new Error(`Konflikt bei Version ${version}`);
    version = outcome.version;
    console.log(`ack ${version}`);
  }
}

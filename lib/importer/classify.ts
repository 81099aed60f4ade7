import { createHash } from 'node:crypto';
import { episodeCode } from '@/lib/text/slug';
import { type ImportEntry, ImportFileError, normaliseText } from './entry';

export type EpisodeSlot = { id: number; season: number; number: number; hasRecap: boolean };

export type PlannedRecap = {
  entry: ImportEntry;
  hash: string;
  status: 'PUBLISHED' | 'DRAFT';
  episodeId: number | null;
  code: string | null;
  note: string | null;
};

export type Outcome =
  | { kind: 'published' | 'draft' | 'inbox'; line: number; code: string | null; note: string | null }
  | { kind: 'duplicate'; line: number; of: number }
  | { kind: 'intro' | 'unchanged'; line: number };

export function hashRecapText(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/**
 * Decides what happens to each entry, in file order. Nothing is dropped silently:
 * the intro and exact duplicates are reported; a second text for an episode that
 * already has one goes to the inbox, so a host can decide between them.
 */
export function classifyEntries(
  entries: ImportEntry[],
  context: { file: string; episodes: EpisodeSlot[]; importedHashes: Set<string> },
): { outcomes: Outcome[]; recaps: PlannedRecap[] } {
  const slots = new Map(context.episodes.map((slot) => [`${slot.season}:${slot.number}`, { ...slot }]));
  const firstLineOfHash = new Map<string, number>();
  const claimedBy = new Map<number, number>();
  const outcomes: Outcome[] = [];
  const recaps: PlannedRecap[] = [];

  for (const entry of entries) {
    const hash = hashRecapText(entry.text);
    if (entry.note && /^intro\b/i.test(entry.note)) {
      outcomes.push({ kind: 'intro', line: entry.line });
      continue;
    }
    const first = firstLineOfHash.get(hash);
    if (first !== undefined) {
      outcomes.push({ kind: 'duplicate', line: entry.line, of: first });
      continue;
    }
    firstLineOfHash.set(hash, entry.line);
    if (context.importedHashes.has(hash)) {
      outcomes.push({ kind: 'unchanged', line: entry.line });
      continue;
    }

    let planned: Omit<PlannedRecap, 'entry' | 'hash'> = { status: 'DRAFT', episodeId: null, code: null, note: null };
    if (entry.season !== undefined && entry.episode !== undefined) {
      const code = episodeCode(entry.season, entry.episode);
      const slot = slots.get(`${entry.season}:${entry.episode}`);
      if (!slot) throw new ImportFileError(context.file, entry.line, `${code} gibt es nicht im Episodenverzeichnis`);
      const earlier = claimedBy.get(slot.id);
      if (earlier !== undefined) {
        planned = { status: 'DRAFT', episodeId: null, code, note: `Zweite Fassung zu ${code} (erste: Zeile ${earlier})` };
      } else if (slot.hasRecap) {
        planned = { status: 'DRAFT', episodeId: null, code, note: `${code} hatte schon ein Recap` };
      } else {
        claimedBy.set(slot.id, entry.line);
        const unsure = entry.confidence?.toLowerCase() === 'low';
        planned = {
          status: unsure ? 'DRAFT' : 'PUBLISHED',
          episodeId: slot.id,
          code,
          note: unsure ? 'Zuordnung unsicher: bitte prüfen' : null,
        };
      }
    }
    recaps.push({ entry, hash, ...planned });
    const kind = planned.status === 'PUBLISHED' ? 'published' : planned.episodeId ? 'draft' : 'inbox';
    outcomes.push({ kind, line: entry.line, code: planned.code, note: planned.note });
  }
  return { outcomes, recaps };
}

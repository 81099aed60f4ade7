import { ImportFileError } from './entry';

export type MapRow = { line: number; season?: number; episode?: number; confidence?: string; note?: string };

const expectedHeader = ['line', 'season', 'episode'];

function positiveInt(value: string | undefined, what: string, file: string, row: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new ImportFileError(file, row, `${what} „${value}“ ist keine positive ganze Zahl`);
  }
  return Number(value);
}

/**
 * The mapping file: tab-separated, header `line season episode [confidence] [note]`,
 * one row per recap line. Empty season and episode leave the line unassigned.
 */
export function parseRecapMap(content: string, file: string): Map<number, MapRow> {
  const rows = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0]?.split('\t').map((cell) => cell.trim().toLowerCase()) ?? [];
  if (!expectedHeader.every((column, index) => header[index] === column)) {
    throw new ImportFileError(file, 1, `Kopfzeile muss mit „${expectedHeader.join('⇥')}“ beginnen`);
  }
  const byLine = new Map<number, MapRow>();
  rows.slice(1).forEach((raw, index) => {
    const row = index + 2;
    if (!raw.trim()) return;
    const [lineCell, seasonCell, episodeCell, confidence, ...noteCells] = raw.split('\t');
    const line = positiveInt(lineCell, 'Zeilennummer', file, row);
    if (line === undefined) throw new ImportFileError(file, row, 'Zeilennummer fehlt');
    const season = positiveInt(seasonCell, 'Staffel', file, row);
    const episode = positiveInt(episodeCell, 'Folge', file, row);
    if ((season === undefined) !== (episode === undefined)) {
      throw new ImportFileError(file, row, 'Staffel und Folge gehören zusammen: beide angeben oder beide leer lassen');
    }
    if (byLine.has(line)) throw new ImportFileError(file, row, `Zeile ${line} ist schon zugeordnet`);
    const note = noteCells.join('\t').trim();
    byLine.set(line, { line, season, episode, confidence: confidence?.trim() || undefined, note: note || undefined });
  });
  return byLine;
}

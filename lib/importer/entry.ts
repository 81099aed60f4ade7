/** One recap as read from an import file, before it is matched against the database. */
export type ImportEntry = {
  /** 1-based line (plain text) or entry number (JSON) for messages. */
  line: number;
  text: string;
  season?: number;
  episode?: number;
  /** From the mapping file: "low" confidence keeps a mapped recap as a draft. */
  confidence?: string;
  /** From the mapping file, e.g. "intro". */
  note?: string;
  /** Person-set tags (JSON format), by name, alias or slug. */
  characters?: string[];
  storylines?: string[];
};

/** A problem with an import file; the import writes nothing when one is raised. */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}, Zeile ${line}: ${problem}`);
    this.name = 'ImportFileError';
  }
}

export const maxRecapLength = 100_000;

/** Decodes UTF-8 strictly; invalid bytes are an error naming the line they are on. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const badLine = lossy.split('\n').findIndex((line) => line.includes('\uFFFD'));
    throw new ImportFileError(file, badLine >= 0 ? badLine + 1 : null, 'ungültige Zeichenkodierung (die Datei muss UTF-8 sein)');
  }
}

/** Same text for the purpose of duplicate detection: Unicode-normalised, whitespace folded. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

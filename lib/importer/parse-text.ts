import { type ImportEntry, ImportFileError, maxRecapLength } from './entry';

// Tab, line feed and carriage return are fine; other control characters mean a binary or broken file.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The hosts' plain-text format: one recap per line; blank lines are ignored. */
export function parseRecapLines(content: string, file: string): ImportEntry[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: ImportEntry[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    if (controlCharacter.test(text)) throw new ImportFileError(file, line, 'enthält Steuerzeichen – ist das eine Textdatei?');
    if (text.length > maxRecapLength) {
      throw new ImportFileError(file, line, `ist länger als ${maxRecapLength.toLocaleString('de-DE')} Zeichen`);
    }
    entries.push({ line, text });
  });
  if (entries.length === 0) throw new ImportFileError(file, null, 'enthält keine Recaps');
  return entries;
}

import { z } from 'zod';
import { de } from 'zod/locales';
import { type ImportEntry, ImportFileError, maxRecapLength } from './entry';

/**
 * The JSON import format (documented in docs/import-format.md):
 * { "recaps": [ { "season": 4, "episode": 18, "text": "…", "characters": ["Carrie"], "storylines": ["Carrie & Big"] } ] }
 * Season and episode may be left out together: the recap then goes to the inbox.
 */
export const recapImportJson = z.object({
  recaps: z
    .array(
      z
        .object({
          season: z.number().int().min(1).optional(),
          episode: z.number().int().min(1).optional(),
          // A missing text would otherwise get zod's generic type message.
          text: z
            .string({ error: (issue) => (issue.input === undefined ? 'Text fehlt' : undefined) })
            .trim()
            .min(1, 'Text fehlt')
            .max(maxRecapLength, 'Text ist zu lang'),
          characters: z.array(z.string().min(1)).max(100).optional(),
          storylines: z.array(z.string().min(1)).max(100).optional(),
        })
        .strict()
        .refine((recap) => (recap.season === undefined) === (recap.episode === undefined), {
          message: 'Staffel und Folge gehören zusammen: beide angeben oder beide weglassen',
        }),
    )
    .min(1, 'enthält keine Recaps'),
});

export function parseRecapJson(content: string, file: string): ImportEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportFileError(file, null, `kein gültiges JSON (${(error as Error).message})`);
  }
  // The hosts read these messages: zod's own ones (wrong type, unknown key) in German too.
  const result = recapImportJson.safeParse(raw, { error: de().localeError });
  if (!result.success) {
    const issue = result.error.issues[0];
    const [, index, ...field] = issue?.path ?? [];
    const where = typeof index === 'number' ? `Recap ${index + 1}${field.length ? ` (${field.join('.')})` : ''}: ` : '';
    throw new ImportFileError(file, null, `${where}${issue?.message ?? 'ungültig'}`);
  }
  return result.data.recaps.map((recap, index) => ({ line: index + 1, ...recap }));
}

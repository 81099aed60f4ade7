import { z } from 'zod';

const id = z.coerce.number().int().positive();

/**
 * Aliases are typed as one comma-separated line in the form and arrive as an array on
 * the server; both shapes are accepted so the parsed value can be sent again unchanged.
 */
export const aliasList = z
  .union([z.string().max(1000, 'Die Aliasse sind zu lang.'), z.array(z.string().max(1000))])
  .transform((value) => {
    const parts = (typeof value === 'string' ? value.split(',') : value).map((alias) => alias.trim()).filter(Boolean);
    // Case-insensitive de-duplication keeps the first spelling.
    const seen = new Set<string>();
    return parts.filter((alias) => !seen.has(alias.toLocaleLowerCase('de')) && seen.add(alias.toLocaleLowerCase('de')));
  })
  .pipe(z.array(z.string().max(60, 'Ein Alias darf höchstens 60 Zeichen haben.')).max(20, 'Höchstens 20 Aliasse.'));

const characterFields = {
  name: z.string().trim().min(1, 'Bitte gib einen Namen ein.').max(100, 'Der Name darf höchstens 100 Zeichen haben.'),
  shortName: z.string().trim().min(1, 'Bitte gib einen Kurznamen ein.').max(40, 'Der Kurzname darf höchstens 40 Zeichen haben.'),
  aliases: aliasList,
  description: z.string().trim().max(2000, 'Die Beschreibung darf höchstens 2000 Zeichen haben.'),
  kind: z.enum(['MAIN', 'RECURRING', 'GUEST'], { message: 'Bitte wähle eine Art.' }),
};

export const createCharacter = z.object(characterFields);
export const updateCharacter = z.object({ characterId: id, ...characterFields });

export type CreateCharacterInput = z.input<typeof createCharacter>;
export type CharacterFormValues = z.output<typeof createCharacter>;

export const characterKindLabels = { MAIN: 'Hauptfigur', RECURRING: 'Wiederkehrend', GUEST: 'Gastrolle' } as const;

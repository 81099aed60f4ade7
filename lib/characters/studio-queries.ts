import { db } from '@/lib/db/client';

/** The studio's character list, with how many recaps tag each one. */
export async function listStudioCharacters() {
  return db().character.findMany({
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, shortName: true, slug: true, aliases: true, description: true, kind: true, _count: { select: { recaps: true } } },
  });
}

export async function getStudioCharacter(characterId: number) {
  return db().character.findUnique({
    where: { id: characterId },
    select: { id: true, name: true, shortName: true, slug: true, aliases: true, description: true, kind: true },
  });
}

/** Characters for pickers: id and name. */
export async function listCharacterChoices() {
  return db().character.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

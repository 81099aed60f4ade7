'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { isUniqueViolation } from '@/lib/actions/unique-violation';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { toSlug } from '@/lib/text/slug';
import * as schema from './schema';

const clash = (title: string) =>
  new ActionError(`Es gibt schon einen Handlungsstrang „${title}“ oder einen mit derselben Adresse.`, {
    title: ['Dieser Titel ist schon vergeben.'],
  });

async function assertFree(tx: Tx, title: string, slug: string, exceptId?: number): Promise<void> {
  const taken = await tx.storyline.findFirst({
    where: { OR: [{ slug }, { title: { equals: title, mode: 'insensitive' } }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw clash(title);
}

async function assertCharacters(tx: Tx, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  const found = await tx.character.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new ActionError('Mindestens eine der Figuren gibt es nicht (mehr).');
  return unique;
}

async function withClashMessage<T>(title: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw clash(title);
    throw error;
  }
}

export const createStoryline = defineAction({
  name: 'storyline.create',
  input: schema.createStoryline,
  permission: 'catalog.manage',
  async run({ input }) {
    const slug = toSlug(input.title);
    if (!slug) throw new ActionError('Aus diesem Titel lässt sich keine Adresse bilden.', { title: ['Bitte verwende Buchstaben oder Ziffern.'] });
    const created = await withClashMessage(input.title, () =>
      db().$transaction(async (tx) => {
        const show = await tx.show.findFirst({ orderBy: { id: 'asc' }, select: { id: true } });
        if (!show) throw new ActionError('Es gibt noch keine Serie; bitte zuerst den Katalog importieren.');
        await assertFree(tx, input.title, slug);
        const characterIds = await assertCharacters(tx, input.characterIds);
        return tx.storyline.create({
          data: {
            title: input.title,
            description: input.description || null,
            slug,
            showId: show.id,
            characters: { create: characterIds.map((characterId) => ({ characterId })) },
          },
          select: { id: true, slug: true },
        });
      }),
    );
    await refreshPublicPages();
    return created;
  },
});

export const updateStoryline = defineAction({
  name: 'storyline.update',
  input: schema.updateStoryline,
  permission: 'catalog.manage',
  async run({ input }) {
    // As with characters, the slug (the public address) stays stable on edits.
    const updated = await withClashMessage(input.title, () =>
      db().$transaction(async (tx) => {
        const current = await tx.storyline.findUnique({ where: { id: input.storylineId }, select: { slug: true } });
        if (!current) throw new ActionError('Diesen Handlungsstrang gibt es nicht (mehr).');
        await assertFree(tx, input.title, current.slug, input.storylineId);
        const characterIds = await assertCharacters(tx, input.characterIds);
        await tx.storylineCharacter.deleteMany({ where: { storylineId: input.storylineId } });
        return tx.storyline.update({
          where: { id: input.storylineId },
          data: {
            title: input.title,
            description: input.description || null,
            characters: { create: characterIds.map((characterId) => ({ characterId })) },
          },
          select: { id: true, slug: true },
        });
      }),
    );
    await refreshPublicPages();
    return updated;
  },
});

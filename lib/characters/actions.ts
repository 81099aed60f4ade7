'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { isUniqueViolation } from '@/lib/actions/unique-violation';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { toSlug } from '@/lib/text/slug';
import * as schema from './schema';

const clash = (name: string) =>
  new ActionError(`Es gibt schon eine Figur „${name}“ oder eine mit derselben Adresse.`, { name: ['Dieser Name ist schon vergeben.'] });

async function assertFree(tx: Tx, name: string, slug: string, exceptId?: number): Promise<void> {
  const taken = await tx.character.findFirst({
    where: { OR: [{ slug }, { name: { equals: name, mode: 'insensitive' } }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw clash(name);
}

async function withClashMessage<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw clash(name);
    throw error;
  }
}

export const createCharacter = defineAction({
  name: 'character.create',
  input: schema.createCharacter,
  permission: 'catalog.manage',
  async run({ input }) {
    const slug = toSlug(input.name);
    if (!slug) throw new ActionError('Aus diesem Namen lässt sich keine Adresse bilden.', { name: ['Bitte verwende Buchstaben oder Ziffern.'] });
    const created = await withClashMessage(input.name, () =>
      db().$transaction(async (tx) => {
        const show = await tx.show.findFirst({ orderBy: { id: 'asc' }, select: { id: true } });
        if (!show) throw new ActionError('Es gibt noch keine Serie; bitte zuerst den Katalog importieren.');
        await assertFree(tx, input.name, slug);
        return tx.character.create({
          data: { ...input, description: input.description || null, slug, showId: show.id },
          select: { id: true, slug: true },
        });
      }),
    );
    await refreshPublicPages();
    return created;
  },
});

export const updateCharacter = defineAction({
  name: 'character.update',
  input: schema.updateCharacter,
  permission: 'catalog.manage',
  async run({ input }) {
    const { characterId, ...fields } = input;
    // The slug stays as it was: it is the public address, and links in feeds and
    // search engines should not break because a name got a better spelling.
    const updated = await withClashMessage(fields.name, () =>
      db().$transaction(async (tx) => {
        const current = await tx.character.findUnique({ where: { id: characterId }, select: { slug: true } });
        if (!current) throw new ActionError('Diese Figur gibt es nicht (mehr).');
        await assertFree(tx, fields.name, current.slug, characterId);
        return tx.character.update({
          where: { id: characterId },
          data: { ...fields, description: fields.description || null },
          select: { id: true, slug: true },
        });
      }),
    );
    await refreshPublicPages();
    return updated;
  },
});

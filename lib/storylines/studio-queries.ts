import { db } from '@/lib/db/client';

export async function listStudioStorylines() {
  return db().storyline.findMany({
    orderBy: { title: 'asc' },
    select: {
      id: true,
      title: true,
      slug: true,
      description: true,
      characters: { select: { character: { select: { id: true, shortName: true } } } },
      _count: { select: { recaps: true } },
    },
  });
}

export async function getStudioStoryline(storylineId: number) {
  return db().storyline.findUnique({
    where: { id: storylineId },
    select: { id: true, title: true, slug: true, description: true, characters: { select: { characterId: true } } },
  });
}

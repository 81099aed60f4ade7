import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/permissions';
import type { RecapDocument } from '@/lib/recaps/document';
import { saveDraft } from '@/lib/recaps/save-draft';
import { createUser } from '@/lib/users/create-user';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

// What a save reports for the public pages decides which of them are regenerated
// (lib/cache/public-change.ts): a change that lists would show must never pass as text only.

let database: TestDatabase;
let chris: SessionUser;
let episodeId: number;
let carrie: { id: number; slug: string; label: string };
let wedding: { id: number; slug: string; label: string };

// Longer than an excerpt (240 characters): what is added at the end stays out of it.
const opening =
  'Carrie sitzt am Fenster und schreibt über Liebe in Manhattan. Miranda hält das alles für Unsinn, Charlotte glaubt an die große Liebe, ' +
  'und Samantha lacht beide aus. Dann steigt Big in ein Taxi, und nichts ist mehr wie vorher. Der Rest der Folge spielt in Bars.';

type Inline = RecapDocument['content'][number];
const text = (value: string): Inline => ({ type: 'text', text: value }) as Inline;
const paragraph = (...content: Inline[]) => ({ type: 'paragraph', content }) as Inline;
const documentOf = (...paragraphs: Inline[]): RecapDocument => ({ type: 'doc', content: paragraphs }) as RecapDocument;

async function save(doc: RecapDocument, baseVersion?: number) {
  const version = baseVersion ?? (await database.db.recap.findUnique({ where: { episodeId } }))?.version ?? 0;
  const outcome = await saveDraft(database.db, { episodeId, baseVersion: version, doc, user: chris });
  if (outcome.status !== 'saved') throw new Error('Speichern erwartet');
  return outcome;
}

beforeAll(async () => {
  database = await freshDatabase();
  const show = await database.db.show.create({ data: { slug: 'satc', title: 'Sex and the City' } });
  const season = await database.db.season.create({ data: { showId: show.id, number: 1 } });
  episodeId = (await database.db.episode.create({ data: { showId: show.id, seasonId: season.id, number: 1, title: 'Pilot', slug: 's01e01-pilot' } })).id;
  const character = await database.db.character.create({ data: { showId: show.id, name: 'Carrie Bradshaw', shortName: 'Carrie', slug: 'carrie-bradshaw' } });
  carrie = { id: character.id, slug: character.slug, label: 'Carrie' };
  const storyline = await database.db.storyline.create({ data: { showId: show.id, title: 'Hochzeiten', slug: 'hochzeiten' } });
  wedding = { id: storyline.id, slug: storyline.slug, label: 'Hochzeiten' };
  chris = await createUser(database.db, { email: 'chris@example.org', name: 'Chris', password: 'ein-langes-passwort', role: 'HOST' });
});

afterAll(async () => {
  await database?.cleanup();
});

describe('what a save changes for listeners', () => {
  it('reports a new recap as a change of every listing', async () => {
    expect((await save(documentOf(paragraph(text(opening))))).publicChange).toEqual({ kind: 'listing' });
  });

  it('reports text added after the excerpt as a change of this recap’s text only', async () => {
    const outcome = await save(documentOf(paragraph(text(opening)), paragraph(text('Nils ergänzt einen Satz am Ende.'))));
    expect(outcome.publicChange).toEqual({ kind: 'text', episodeIds: [episodeId] });
  });

  it('reports a change of the opening, which is the excerpt, as a change of every listing', async () => {
    const outcome = await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), paragraph(text('Nils ergänzt einen Satz am Ende.'))));
    expect(outcome.publicChange).toEqual({ kind: 'listing' });
  });

  it('reports a new mention as a change of every listing, and the same mention again as text only', async () => {
    const tail = (words: string) => paragraph({ type: 'characterMention', attrs: carrie } as Inline, text(words));
    const first = await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), tail(' geht nach Hause.')));
    expect(first.publicChange).toEqual({ kind: 'listing' });
    const again = await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), tail(' geht allein nach Hause.')));
    expect(again.publicChange).toEqual({ kind: 'text', episodeIds: [episodeId] });
    const tags = await database.db.recapCharacter.findMany({ where: { characterId: carrie.id } });
    expect(tags).toHaveLength(1);
    expect(tags[0]?.source).toBe('MANUAL');
  });

  it('leaves a tag that a host removed removed while the text keeps its mention, and tags anew when it is written anew', async () => {
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    await database.db.recapCharacter.delete({ where: { recapId_characterId: { recapId: recap.id, characterId: carrie.id } } });
    const mention = { type: 'characterMention', attrs: carrie } as Inline;
    const kept = await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), paragraph(mention, text(' geht allein nach Hause, sagt Nils.'))));
    expect(kept.publicChange).toEqual({ kind: 'text', episodeIds: [episodeId] });
    expect(await database.db.recapCharacter.count({ where: { recapId: recap.id } })).toBe(0);
    await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`))));
    const again = await save(documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), paragraph(mention, text(' kommt zurück.'))));
    expect(again.publicChange).toEqual({ kind: 'listing' });
    expect(await database.db.recapCharacter.count({ where: { recapId: recap.id } })).toBe(1);
  });

  it('reports a suggested tag that the text now names as a change of every listing, and makes it a tag', async () => {
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    await database.db.recapStoryline.create({ data: { recapId: recap.id, storylineId: wedding.id, source: 'SUGGESTED' } });
    const tagged = documentOf(paragraph(text(`Gleich vorweg: ${opening}`)), paragraph({ type: 'storylineTag', attrs: wedding } as Inline, text(' beginnt.')));
    expect((await save(tagged)).publicChange).toEqual({ kind: 'listing' });
    expect((await database.db.recapStoryline.findUniqueOrThrow({ where: { recapId_storylineId: { recapId: recap.id, storylineId: wedding.id } } })).source).toBe('MANUAL');
  });

  it('reports nothing for a save of the stored text sent again with an old version', async () => {
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    const outcome = await save(recap.body as unknown as RecapDocument, recap.version - 1);
    expect(outcome.publicChange).toBeNull();
  });

  it('reports a changed opening as text only while the excerpt is hand-written', async () => {
    await database.db.recap.update({ where: { episodeId }, data: { excerpt: 'Von Hand.', excerptManual: true } });
    const outcome = await save(documentOf(paragraph(text(`Ganz anders: ${opening}`))));
    expect(outcome.publicChange).toEqual({ kind: 'text', episodeIds: [episodeId] });
  });
});

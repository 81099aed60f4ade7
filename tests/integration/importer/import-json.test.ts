import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';
import { importRecaps, type ImportReport, type ImportSource } from '@/lib/importer/import-recaps';
import { countRows, freshDatabase, type TestDatabase } from '@/tests/helpers/database';

const texts = {
  pilot: 'Carrie trifft Mr. Big zum ersten Mal, Samantha hat andere Pläne.',
  danny: 'Miranda und Steve bauen ein Bettchen für Danny.',
  bigamist: 'Der Bigamist aus dem Café kommt am Samstag zurück.',
};

function jsonSource(recaps: unknown[]): ImportSource {
  return { kind: 'json', file: 'recaps.json', content: JSON.stringify({ recaps }) };
}

describe('importRecaps with constructed files', () => {
  let database: TestDatabase;
  let catalog: Catalog;

  beforeAll(async () => {
    [database, catalog] = await Promise.all([freshDatabase(), loadCatalog()]);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const recapWithText = (plainText: string) =>
    database.db.recap.findFirstOrThrow({
      where: { plainText },
      include: {
        episode: { include: { season: true } },
        revisions: true,
        characters: { include: { character: true } },
        storylines: { include: { storyline: true } },
      },
    });

  type Tagged = Awaited<ReturnType<typeof recapWithText>>;
  const characterTags = (recap: Tagged) =>
    Object.fromEntries(recap.characters.map((tag) => [tag.character.name, tag.source]));
  const storylineTags = (recap: Tagged) =>
    Object.fromEntries(recap.storylines.map((tag) => [tag.storyline.title, tag.source]));

  describe('the JSON format', () => {
    let report: ImportReport;
    beforeAll(async () => {
      report = await importRecaps(
        database.db,
        jsonSource([
          {
            season: 1,
            episode: 1,
            text: texts.pilot,
            // By short name, by slug, and one the text also mentions.
            characters: ['Charlotte', 'aidan-shaw', 'Carrie Bradshaw'],
            storylines: ['Carrie & Big'],
          },
          { text: texts.danny },
          { text: texts.bigamist },
        ]),
        { catalog },
      );
    });

    it('publishes a recap with season and episode and sends the others to the inbox', async () => {
      expect(report.counts).toMatchObject({ published: 1, inbox: 2 });
      const pilot = await recapWithText(texts.pilot);
      expect(pilot.status).toBe('PUBLISHED');
      expect([pilot.episode?.season.number, pilot.episode?.number]).toEqual([1, 1]);
      expect(pilot.revisions.map((revision) => revision.author)).toEqual(['Import']);
      const danny = await recapWithText(texts.danny);
      expect([danny.status, danny.episodeId]).toEqual(['DRAFT', null]);
    });

    it('stores the tags the file sets as MANUAL, found by short name, slug or full name', async () => {
      const pilot = await recapWithText(texts.pilot);
      expect(characterTags(pilot)).toEqual({
        'Charlotte York': 'MANUAL',
        'Aidan Shaw': 'MANUAL',
        // Mentioned and set by hand: one tag, and the person's choice wins.
        'Carrie Bradshaw': 'MANUAL',
        'Mr. Big': 'SUGGESTED',
        'Samantha Jones': 'SUGGESTED',
      });
    });

    it('stores storylines the file sets as MANUAL and suggests the rest from all tagged characters', async () => {
      const pilot = await recapWithText(texts.pilot);
      expect(storylineTags(pilot)).toEqual({
        'Carrie & Big': 'MANUAL',
        // Aidan is only tagged by hand, not mentioned; the suggestions still count him.
        'Carrie & Aidan': 'SUGGESTED',
        'Carries Wohnung': 'SUGGESTED',
      });
    });

    it('suggests Brady Hobbes for "Danny", the name the recaps first use for him', async () => {
      const danny = await recapWithText(texts.danny);
      expect(characterTags(danny)).toEqual({
        'Miranda Hobbes': 'SUGGESTED',
        'Steve Brady': 'SUGGESTED',
        'Brady Hobbes': 'SUGGESTED',
      });
      expect(storylineTags(danny)).toEqual({
        'Miranda & Steve': 'SUGGESTED',
        'Mirandas Schwangerschaft und Brady': 'SUGGESTED',
      });
    });

    it('tags nobody for "Bigamist" or "Samstag"', async () => {
      const bigamist = await recapWithText(texts.bigamist);
      expect(characterTags(bigamist)).toEqual({});
      expect(storylineTags(bigamist)).toEqual({});
    });
  });

  describe('a second text for an episode that already has a recap', () => {
    it('goes to the inbox with a note instead of replacing the first', async () => {
      const text = 'Eine andere Fassung zur ersten Folge.';
      const report = await importRecaps(database.db, jsonSource([{ season: 1, episode: 1, text }]), { catalog });

      expect(report.outcomes).toEqual([{ kind: 'inbox', line: 1, code: 'S01E01', note: 'S01E01 hatte schon ein Recap' }]);
      const second = await recapWithText(text);
      expect([second.status, second.episodeId, second.importNote]).toEqual(['DRAFT', null, 'S01E01 hatte schon ein Recap']);
      expect((await recapWithText(texts.pilot)).episode?.number).toBe(1);
    });
  });

  describe('a text file whose map marks a line as low confidence', () => {
    it('keeps the recap as a draft on its episode with a note to check it', async () => {
      const text = 'Carrie fragt sich, ob man in New York noch Liebe findet.';
      const report = await importRecaps(
        database.db,
        {
          kind: 'text',
          file: 'unsicher.txt',
          content: `${text}\n`,
          map: { file: 'unsicher.map.tsv', content: 'line\tseason\tepisode\tconfidence\tnote\n1\t1\t2\tlow\t\n' },
        },
        { catalog },
      );

      expect(report.counts).toMatchObject({ draft: 1, published: 0 });
      const recap = await recapWithText(text);
      expect(recap.status).toBe('DRAFT');
      expect(recap.publishedAt).toBeNull();
      expect([recap.episode?.season.number, recap.episode?.number]).toEqual([1, 2]);
      expect(recap.importNote).toBe('Zuordnung unsicher: bitte prüfen');
    });
  });

  it('leaves the catalog alone on later imports', async () => {
    expect(await countRows(database.db)).toMatchObject({ show: 1, episode: 94, character: 21, storyline: 9, recap: 5 });
  });
});

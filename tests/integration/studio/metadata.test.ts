import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '@/lib/auth/session';
import { useDb } from '@/lib/db/client';
import { updateEpisodeMetadata } from '@/lib/episodes/actions';
import type { EpisodeMetadataInput } from '@/lib/episodes/schema';
import { documentFromText, storedBody } from '@/lib/recaps/document';
import type { TestDatabase } from '@/tests/helpers/database';
import { studioDatabase } from '@/tests/helpers/studio';

let database: TestDatabase;
let hostId = 0;
let guestId = 0;
let base: EpisodeMetadataInput;
let otherId = 0;

beforeAll(async () => {
  ({ database, hostId, guestId } = await studioDatabase());
  useDb(database.db, database.url);
  const [episode, other] = await database.db.episode.findMany({ where: { recap: null }, orderBy: { id: 'asc' }, take: 2 });
  if (!episode || !other) throw new Error('Seed ohne freie Folgen');
  otherId = other.id;
  await database.db.recap.create({ data: { episodeId: episode.id, body: storedBody(documentFromText('Text.')), plainText: 'Text.', excerpt: 'Text.' } });
  await database.db.episodeAccess.create({ data: { userId: guestId, episodeId: episode.id } });
  base = { episodeId: episode.id, title: episode.title, slug: episode.slug, excerpt: '', recordedAt: '', audioUrl: '', podcastEpisodeNumber: '' };
});

afterAll(async () => {
  await database?.cleanup();
});

const asHost = <T>(work: () => Promise<T>) => runAs(hostId, work);
const stored = () => database.db.episode.findUniqueOrThrow({ where: { id: Number(base.episodeId) }, include: { recap: true } });

describe('episode metadata', () => {
  it('saves date, audio, number and a hand-written excerpt', async () => {
    const result = await asHost(() =>
      updateEpisodeMetadata({ ...base, recordedAt: '2024-03-09', audioUrl: 'https://cdn.example.org/folge.mp3', podcastEpisodeNumber: '42', excerpt: 'Ein Anriss.' }),
    );
    expect(result).toEqual({ ok: true, data: null });
    const episode = await stored();
    expect(episode.recordedAt?.toISOString().slice(0, 10)).toBe('2024-03-09');
    expect(episode).toMatchObject({ audioUrl: 'https://cdn.example.org/folge.mp3', podcastEpisodeNumber: 42 });
    expect(episode.recap?.excerpt).toBe('Ein Anriss.');
  });

  it('rejects a javascript: audio address and keeps the stored one', async () => {
    const result = await asHost(() => updateEpisodeMetadata({ ...base, audioUrl: 'javascript:alert(1)' }));
    expect(result).toMatchObject({ ok: false, error: 'Nur Audio-Adressen mit http:// oder https:// sind erlaubt.', fieldErrors: { audioUrl: expect.any(Array) } });
    expect((await stored()).audioUrl).toBe('https://cdn.example.org/folge.mp3');
  });

  it('rejects malformed slugs and impossible dates', async () => {
    expect(await asHost(() => updateEpisodeMetadata({ ...base, slug: 'Mit Leerzeichen' }))).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(Array) } });
    expect(await asHost(() => updateEpisodeMetadata({ ...base, slug: 'a--b' }))).toMatchObject({ ok: false });
    expect(await asHost(() => updateEpisodeMetadata({ ...base, recordedAt: '2024-02-30' }))).toMatchObject({ ok: false, error: 'Bitte gib ein gültiges Datum ein.' });
  });

  it('gives German messages when the podcast number or the slug belongs to another episode', async () => {
    await database.db.episode.update({ where: { id: otherId }, data: { podcastEpisodeNumber: 7 } });
    const number = await asHost(() => updateEpisodeMetadata({ ...base, podcastEpisodeNumber: '7' }));
    expect(number).toMatchObject({ ok: false, error: 'Die Podcast-Folge Nr. 7 ist schon einer anderen Folge zugeordnet.' });
    const other = await database.db.episode.findUniqueOrThrow({ where: { id: otherId } });
    const slug = await asHost(() => updateEpisodeMetadata({ ...base, slug: other.slug }));
    expect(slug).toMatchObject({ ok: false, error: 'Diese Adresse hat schon eine andere Folge.' });
  });

  it('builds the slug from code and title when left empty', async () => {
    expect(await asHost(() => updateEpisodeMetadata({ ...base, title: 'Neuer Titel & mehr', slug: '' }))).toMatchObject({ ok: true });
    const episode = await stored();
    expect(episode.slug).toMatch(/^s\d{2}e\d{2}-neuer-titel-und-mehr$/);
    base = { ...base, title: episode.title, slug: episode.slug };
  });

  it('lets an invited guest edit the date but not the slug', async () => {
    expect(await runAs(guestId, () => updateEpisodeMetadata({ ...base, recordedAt: '2024-04-01' }))).toMatchObject({ ok: true });
    const refused = await runAs(guestId, () => updateEpisodeMetadata({ ...base, slug: 'guest-slug' }));
    expect(refused).toMatchObject({ ok: false, error: 'Die Adresse einer Folge können nur Hosts ändern.' });
    expect((await stored()).slug).toBe(base.slug);
  });
});

import { Feed } from 'feed';
import type { listRecapsForFeed } from '@/lib/episodes/queries';
import { recapHtml } from '@/lib/recaps/document/html';
import { paths } from '@/lib/seo/paths';
import { absoluteUrl, siteName } from '@/lib/seo/site';
import { episodeCode } from '@/lib/text/slug';

type FeedEpisode = Awaited<ReturnType<typeof listRecapsForFeed>>[number];

export type FeedFormat = 'rss' | 'atom' | 'json';

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

type FeedInfo = { title: string; description: string; path: string; feeds: Partial<Record<FeedFormat, string>> };

/** One feed of published recaps (the caller's query decides which) in RSS 2.0, Atom or JSON Feed. */
export function buildFeed(info: FeedInfo, episodes: FeedEpisode[], format: FeedFormat): string {
  const updated = episodes.reduce<Date | undefined>((latest, episode) => {
    const date = episode.recap?.updatedAt;
    return date && (!latest || date > latest) ? date : latest;
  }, undefined);
  const feed = new Feed({
    title: info.title,
    description: info.description,
    id: absoluteUrl(info.path),
    link: absoluteUrl(info.path),
    language: 'de',
    copyright: `© ${siteName}: Chris, Nils und ihre Gäste`,
    updated: updated ?? new Date(0),
    generator: siteName,
    feedLinks: Object.fromEntries(Object.entries(info.feeds).map(([format, path]) => [format, absoluteUrl(path)])),
    author: { name: 'Chris und Nils' },
  });
  for (const episode of episodes) {
    const { recap } = episode;
    if (!recap) continue;
    const url = absoluteUrl(paths.episode(episode.slug));
    feed.addItem({
      title: `${episodeCode(episode.season.number, episode.number)} ${episode.title}`,
      id: url,
      link: url,
      description: recap.excerpt,
      // A body the renderer cannot read still gets its excerpt in the feed.
      content: recapHtml(recap.body) || recap.excerpt,
      date: recap.updatedAt,
      published: recap.publishedAt ?? recap.updatedAt,
      image: absoluteUrl(paths.shareImage(episode.slug)),
      category: [
        ...recap.characters.map(({ character }) => ({ name: character.name })),
        ...recap.storylines.map(({ storyline }) => ({ name: storyline.title })),
      ],
    });
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { 'Content-Type': feedContentTypes[format] } });
}

/** The archive-wide feed in all three formats. */
export const archiveFeedInfo: FeedInfo = {
  title: 'Rewatch – Sex and the City, Folge für Folge',
  description: 'Alle Recaps des Rewatch-Podcasts: Chris und Nils schauen Sex and the City noch einmal.',
  path: '/',
  feeds: paths.siteFeed,
};

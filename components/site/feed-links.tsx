import { type AlternateFeed, siteFeeds } from '@/lib/feeds/links';

/** The archive's feeds as plain links, so a listener can subscribe without guessing addresses. */
export function SiteFeedLinks() {
  return (
    <p className="feed-links">
      <span>Recaps abonnieren:</span>{' '}
      {siteFeeds.map((feed, index) => (
        <span key={feed.url}>
          {index ? <span aria-hidden="true"> · </span> : null}
          <a href={feed.url} type={feed.type}>
            {feed.label}
          </a>
        </span>
      ))}
    </p>
  );
}

/** One page's own feed (a character's, a storyline's). */
export function OwnFeedLink({ feed, label }: { feed: AlternateFeed; label: string }) {
  return (
    <p className="feed-links">
      <a href={feed.url} type="application/rss+xml">
        {label}
      </a>
    </p>
  );
}

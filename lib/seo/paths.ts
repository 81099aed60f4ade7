// The archive's public addresses, built in one place. Without imports, so client components
// (the search box) use it too without pulling the server's configuration into the browser.
export const paths = {
  episode: (slug: string) => `/episode/${slug}`,
  season: (number: number) => `/staffel/${number}`,
  character: (slug: string) => `/figuren/${slug}`,
  storyline: (slug: string) => `/handlungsstraenge/${slug}`,
  chapters: (slug: string) => `/episode/${slug}/kapitel.json`,
  shareImage: (slug: string) => `/episode/${slug}/bild.png`,
  characterFeed: (slug: string) => `/figuren/${slug}/feed.xml`,
  storylineFeed: (slug: string) => `/handlungsstraenge/${slug}/feed.xml`,
  /** The whole archive's feeds. */
  siteFeed: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
};

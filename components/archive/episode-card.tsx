import { EpisodeCode } from './episode-code';
import { paths } from '@/lib/seo/paths';

type Props = {
  slug: string;
  season: number;
  number: number;
  title: string;
  excerpt: string | null;
  headingLevel?: 'h2' | 'h3';
};

/** An episode in a list: code, title and the recap's excerpt, linking to the episode. */
export function EpisodeCard({ slug, season, number, title, excerpt, headingLevel: Heading = 'h3' }: Props) {
  return (
    <article className="episode-card">
      <EpisodeCode season={season} number={number} />
      <Heading className="episode-card__title">
        <a href={paths.episode(slug)}>{title}</a>
      </Heading>
      {excerpt ? <p className="episode-card__excerpt">{excerpt}</p> : null}
    </article>
  );
}

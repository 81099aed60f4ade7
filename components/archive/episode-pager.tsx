import { Spoiler } from '@/components/spoiler/spoiler';
import { episodeCode } from '@/lib/text/slug';
import { paths } from '@/lib/seo/paths';

type Neighbour = { slug: string; number: number; title: string; season: { number: number } } | null;

/** Previous and next recap in viewing order; the next one's title sits behind the spoiler horizon. */
export function EpisodePager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Weitere Folgen" className="pager">
      {previous ? (
        <a href={paths.episode(previous.slug)} className="pager__link pager__link--prev" rel="prev">
          <span className="pager__dir">← Vorherige Folge</span>
          <span className="pager__title">
            {episodeCode(previous.season.number, previous.number)} {previous.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <div className="pager__next">
          <Spoiler season={next.season.number} number={next.number}>
            <a href={paths.episode(next.slug)} className="pager__link pager__link--next" rel="next">
              <span className="pager__dir">Nächste Folge →</span>
              <span className="pager__title">
                {episodeCode(next.season.number, next.number)} {next.title}
              </span>
            </a>
          </Spoiler>
        </div>
      ) : null}
    </nav>
  );
}

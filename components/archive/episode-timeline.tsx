import { Spoiler } from '@/components/spoiler/spoiler';
import { EpisodeCard } from './episode-card';

type TimelineEpisode = { slug: string; number: number; title: string; excerpt: string; season: { number: number } };

/** Episodes in viewing order, grouped under a marker for each season; later ones obey the spoiler horizon. */
export function EpisodeTimeline({ episodes }: { episodes: TimelineEpisode[] }) {
  const seasons = [...new Set(episodes.map((episode) => episode.season.number))];
  return (
    <ol className="timeline">
      {seasons.map((season) => (
        <li key={season} className="timeline__season">
          <h3 className="timeline__marker">Staffel {season}</h3>
          <ol className="timeline__episodes">
            {episodes
              .filter((episode) => episode.season.number === season)
              .map((episode) => (
                <Spoiler key={episode.slug} season={season} number={episode.number} as="li">
                  <EpisodeCard
                    slug={episode.slug}
                    season={season}
                    number={episode.number}
                    title={episode.title}
                    excerpt={episode.excerpt}
                    headingLevel="h3"
                  />
                </Spoiler>
              ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

import { Spoiler } from '@/components/spoiler/spoiler';
import { paths } from '@/lib/seo/paths';
import { episodeCode } from '@/lib/text/slug';

type Brief = { slug: string; number: number; title: string; season: { number: number } };
type Neighbours = { storyline: { slug: string; title: string }; before: Brief | null; after: Brief | null }[];

function Step({ label, episode }: { label: string; episode: Brief }) {
  return (
    <Spoiler season={episode.season.number} number={episode.number}>
      <a href={paths.episode(episode.slug)} className="arc-step">
        <span className="arc-step__dir">{label}</span>
        <span>
          {episodeCode(episode.season.number, episode.number)} {episode.title}
        </span>
      </a>
    </Spoiler>
  );
}

/** "In diesem Handlungsstrang davor/danach" for every storyline the episode belongs to. */
export function StorylineNeighbours({ neighbours }: { neighbours: Neighbours }) {
  const useful = neighbours.filter((entry) => entry.before || entry.after);
  if (useful.length === 0) return null;
  return (
    <section className="section" aria-labelledby="arcs-title">
      <h2 id="arcs-title" className="section__title">
        In diesem Handlungsstrang
      </h2>
      <ul className="arc-steps">
        {useful.map(({ storyline, before, after }) => (
          <li key={storyline.slug}>
            <h3 className="arc-steps__title">
              <a href={paths.storyline(storyline.slug)}>{storyline.title}</a>
            </h3>
            <div className="arc-steps__pair">
              {before ? <Step label="← davor" episode={before} /> : <span />}
              {after ? <Step label="danach →" episode={after} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

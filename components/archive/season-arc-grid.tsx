import { paths } from '@/lib/seo/paths';

type Props = { season: number; episodes: number[]; storylines: { title: string; slug: string; episodes: number[] }[] };

/** Storylines × episodes of a season at a glance: a filled cell where the storyline runs. */
export function SeasonArcGrid({ season, episodes, storylines }: Props) {
  return (
    <div className="arc-grid" role="region" aria-label={`Handlungsstränge in Staffel ${season}`} tabIndex={0}>
      <table>
        <caption className="visually-hidden">Welche Handlungsstränge in welchen Folgen von Staffel {season} vorkommen</caption>
        <thead>
          <tr>
            <th scope="col">Handlungsstrang</th>
            {episodes.map((number) => (
              <th key={number} scope="col" className="arc-grid__episode">
                <abbr title={`Folge ${number}`}>{number}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {storylines.map((storyline) => (
            <tr key={storyline.slug}>
              <th scope="row">
                <a href={paths.storyline(storyline.slug)}>{storyline.title}</a>
              </th>
              {episodes.map((number) =>
                storyline.episodes.includes(number) ? (
                  <td key={number} className="arc-grid__hit">
                    <span className="visually-hidden">Folge {number}</span>
                  </td>
                ) : (
                  <td key={number} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

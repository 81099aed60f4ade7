import type { UseFormRegisterReturn } from 'react-hook-form';
import { episodeCode } from '@/lib/text/slug';

export type EpisodeChoice = { id: number; number: number; title: string; season: { number: number } };

/** Checkboxes for episodes, one group per season. */
export function EpisodePicker({ episodes, register, legend }: { episodes: EpisodeChoice[]; register: UseFormRegisterReturn; legend: string }) {
  const seasons = [...new Set(episodes.map((episode) => episode.season.number))];
  return (
    <fieldset className="episode-picker">
      <legend>{legend}</legend>
      {seasons.map((season) => (
        <details key={season}>
          <summary>Staffel {season}</summary>
          <ul>
            {episodes
              .filter((episode) => episode.season.number === season)
              .map((episode) => (
                <li key={episode.id}>
                  <label>
                    <input type="checkbox" value={episode.id} {...register} /> {episodeCode(season, episode.number)} {episode.title}
                  </label>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </fieldset>
  );
}

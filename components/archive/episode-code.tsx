import { episodeCode } from '@/lib/text/slug';

/** "S04E18" set in small caps, read out as "Staffel 4, Folge 18". */
export function EpisodeCode({ season, number }: { season: number; number: number }) {
  return (
    <span className="episode-code" aria-label={`Staffel ${season}, Folge ${number}`}>
      {episodeCode(season, number)}
    </span>
  );
}

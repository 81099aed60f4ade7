type Season = { number: number; episodeCount: number };

/**
 * "Gesehen bis S3E7": set once, kept in this browser (localStorage), changed or cleared here.
 * Server-rendered; the public script (components/site/public-script.ts) reads and saves the
 * setting, fills in the state and limits the episode list to the chosen season.
 */
export function SpoilerControl({ seasons }: { seasons: Season[] }) {
  const id = 'spoilerschutz';
  const mostEpisodes = Math.max(1, ...seasons.map((season) => season.episodeCount));
  return (
    <details className="spoiler-control">
      <summary>
        <span className="spoiler-control__label">Spoilerschutz:</span>{' '}
        {/* The script writes the stored setting here before React hydrates. */}
        <span data-testid="horizon-state" data-horizon-state="" suppressHydrationWarning>
          aus
        </span>
      </summary>
      <form className="spoiler-control__form" data-horizon-form="">
        <p className="spoiler-control__hint">Was nach dieser Folge passiert, wird verschwommen gezeigt, bis du es aufdeckst.</p>
        <div className="spoiler-control__fields">
          <label htmlFor={`${id}-staffel`}>Staffel</label>
          <select id={`${id}-staffel`} data-horizon-season="">
            {seasons.map((season) => (
              <option key={season.number} value={season.number} data-episodes={season.episodeCount}>
                {season.number}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-folge`}>Folge</label>
          <select id={`${id}-folge`} data-horizon-episode="">
            {Array.from({ length: mostEpisodes }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="spoiler-control__actions">
          <button type="submit" className="button button--small">
            Gesehen bis hier
          </button>
          <button type="button" className="button button--quiet button--small" data-horizon-reset="" hidden>
            Zurücksetzen
          </button>
        </div>
      </form>
    </details>
  );
}

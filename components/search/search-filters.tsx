import type { SearchParams } from '@/lib/search/params';

type Options = {
  seasons: number[];
  characters: { slug: string; name: string }[];
  storylines: { slug: string; title: string }[];
};

/** The results page's own form: the query and the three filters, submitted as a shareable GET URL. */
export function SearchFilters({ params, options }: { params: SearchParams; options: Options }) {
  return (
    <form action="/suche" method="get" className="search-filters" aria-label="Suche verfeinern">
      <div className="search-filters__field search-filters__field--wide">
        <label htmlFor="suche-q">Suchbegriff</label>
        <input id="suche-q" name="q" type="search" defaultValue={params.q} maxLength={200} />
      </div>
      <div className="search-filters__field">
        <label htmlFor="suche-staffel">Staffel</label>
        <select id="suche-staffel" name="staffel" defaultValue={params.season ?? ''}>
          <option value="">Alle</option>
          {options.seasons.map((season) => (
            <option key={season} value={season}>
              Staffel {season}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__field">
        <label htmlFor="suche-figur">Figur</label>
        <select id="suche-figur" name="figur" defaultValue={params.character ?? ''}>
          <option value="">Alle</option>
          {options.characters.map((character) => (
            <option key={character.slug} value={character.slug}>
              {character.name}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__field">
        <label htmlFor="suche-strang">Handlungsstrang</label>
        <select id="suche-strang" name="strang" defaultValue={params.storyline ?? ''}>
          <option value="">Alle</option>
          {options.storylines.map((storyline) => (
            <option key={storyline.slug} value={storyline.slug}>
              {storyline.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Suchen
      </button>
    </form>
  );
}

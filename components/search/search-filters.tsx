import type { SearchParams } from '@/lib/search/params';

type Options = {
  seasons: number[];
  characters: { slug: string; name: string }[];
  storylines: { slug: string; title: string }[];
};

/** One filter: "Alle" or one of the choices, preselected from the URL. */
function FilterSelect({ name, label, value, choices }: { name: string; label: string; value: string; choices: { value: string; label: string }[] }) {
  return (
    <div className="search-filters__field">
      <label htmlFor={`suche-${name}`}>{label}</label>
      <select id={`suche-${name}`} name={name} defaultValue={value}>
        <option value="">Alle</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The results page's own form: the query and the three filters, submitted as a shareable GET URL. */
export function SearchFilters({ params, options }: { params: SearchParams; options: Options }) {
  return (
    <form action="/suche" method="get" className="search-filters" aria-label="Suche verfeinern">
      <div className="search-filters__field search-filters__field--wide">
        <label htmlFor="suche-q">Suchbegriff</label>
        <input id="suche-q" name="q" type="search" defaultValue={params.q} maxLength={200} />
      </div>
      <FilterSelect
        name="staffel"
        label="Staffel"
        value={params.season === null ? '' : String(params.season)}
        choices={options.seasons.map((season) => ({ value: String(season), label: `Staffel ${season}` }))}
      />
      <FilterSelect
        name="figur"
        label="Figur"
        value={params.character ?? ''}
        choices={options.characters.map((character) => ({ value: character.slug, label: character.name }))}
      />
      <FilterSelect
        name="strang"
        label="Handlungsstrang"
        value={params.storyline ?? ''}
        choices={options.storylines.map((storyline) => ({ value: storyline.slug, label: storyline.title }))}
      />
      <button type="submit" className="button">
        Suchen
      </button>
    </form>
  );
}

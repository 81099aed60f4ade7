import { countBound, type IgnoredParam, searchHref, searchPageSize } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/queries';
import type { SearchPageData } from '@/lib/search/search-page';
import { SearchFilters } from './search-filters';
import { SearchHit } from './search-hit';

const ignoredLabels: Record<IgnoredParam, string> = { staffel: 'Staffel', figur: 'Figur', strang: 'Handlungsstrang', weiter: 'Seite' };

function SearchUnavailable({ query }: { query: string }) {
  return (
    <header className="page-intro" role="alert">
      <p className="eyebrow">Suche</p>
      <h1>Die Suche ist gerade nicht erreichbar.</h1>
      <p className="lede">
        Unsere Datenbank startet gerade neu. Bitte versuch es in einer Minute noch einmal{query ? <> – gesucht war „{query}“</> : null}. Alle
        Folgen, Figuren und Handlungsstränge kannst du solange über die Navigation lesen.
      </p>
    </header>
  );
}

const number = (n: number) => n.toLocaleString('de-DE');

/** The count as far as it was counted: exact, "mehr als 1 000" past the bound, "mindestens" where counting stopped early. */
function resultCount({ total, totalExact, page }: SearchResult): string {
  if (total === 0) return page > 1 ? 'Keine weiteren Treffer' : 'Keine Treffer';
  if (total > countBound) return `Mehr als ${number(countBound)} Recaps gefunden`;
  const recaps = total === 1 ? '1 Recap' : `${number(total)} Recaps`;
  return totalExact ? `${recaps} gefunden` : `Mindestens ${recaps} gefunden`;
}

/** The search page: the query, its filters and the ranked hits (or a notice while the database is away). */
export function SearchPage({ params, ignored, found }: SearchPageData) {
  if (!found) return <SearchUnavailable query={params.q} />;
  const { result, options } = found;
  const asked = params.q !== '' || params.season !== null || params.character !== null || params.storyline !== null;
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Suche</p>
        <h1>{params.q ? <>Treffer für „{params.q}“</> : 'Das Archiv durchsuchen'}</h1>
        <p className="lede">
          Findet auch gebeugte Formen, Teile zusammengesetzter Wörter und Tippfehler: „Hochzeit“ findet „Hochzeitsanzeigen“,
          „Miranada“ findet Miranda.
        </p>
      </header>
      <SearchFilters params={params} options={options} />
      {ignored.length ? (
        <p className="notice" role="status">
          Nicht verstanden und daher ignoriert: {ignored.map((key) => ignoredLabels[key]).join(', ')}.
        </p>
      ) : null}
      <section aria-labelledby="results-title" className="section">
        <h2 id="results-title" className="section__title" aria-live="polite">
          {asked ? resultCount(result) : 'Gib einen Suchbegriff ein oder wähle einen Filter.'}
        </h2>
        {result.page > 1 ? <p className="muted">Seite {result.page}, nach Relevanz sortiert.</p> : null}
        {asked && result.total === 0 ? (
          <p className="muted">Versuch es mit einem anderen Wort oder ohne Filter. Gesucht wird nur in veröffentlichten Recaps.</p>
        ) : null}
        <ol className="search-results" start={(result.page - 1) * searchPageSize + 1}>
          {result.hits.map((hit) => (
            <SearchHit key={hit.slug} hit={hit} />
          ))}
        </ol>
        {result.next || result.page > 1 ? (
          <nav className="search-pager" aria-label="Weitere Suchergebnisse">
            {result.page > 1 ? <a href={searchHref(params)}>Zurück zur ersten Seite</a> : null}
            {result.next ? (
              <a href={searchHref(params, result.next)} rel="next" className="button">
                Weitere Treffer
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

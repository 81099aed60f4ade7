import type { Metadata } from 'next';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchHit } from '@/components/search/search-hit';
import { type IgnoredParam, parseSearchParams } from '@/lib/search/params';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { cachedSearchFilterOptions, cachedSearchRecaps } from '@/lib/search/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ignoredLabels: Record<IgnoredParam, string> = { staffel: 'Staffel', figur: 'Figur', strang: 'Handlungsstrang' };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchParams(await searchParams);
  return {
    title: params.q ? `Suche: ${params.q}` : 'Suche',
    // Every result URL names the one search page as canonical, so variations do not compete in indexes.
    alternates: { canonical: '/suche' },
  };
}

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

export default async function SearchPage({ searchParams }: Props) {
  const { params, ignored } = parseSearchParams(await searchParams);
  const loaded = await Promise.all([cachedSearchRecaps(params), cachedSearchFilterOptions()]).catch((error: unknown) => {
    // The archive's other pages are served from the cache while the database restarts; search needs it.
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!loaded) return <SearchUnavailable query={params.q} />;
  const [result, options] = loaded;
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
          {!asked
            ? 'Gib einen Suchbegriff ein oder wähle einen Filter.'
            : result.total === 0
              ? 'Keine Treffer'
              : result.total === 1
                ? '1 Recap gefunden'
                : `${result.total} Recaps gefunden`}
        </h2>
        {asked && result.total === 0 ? (
          <p className="muted">Versuch es mit einem anderen Wort oder ohne Filter. Gesucht wird nur in veröffentlichten Recaps.</p>
        ) : null}
        <ol className="search-results">
          {result.hits.map((hit) => (
            <SearchHit key={hit.slug} hit={hit} />
          ))}
        </ol>
      </section>
    </>
  );
}

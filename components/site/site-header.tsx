import { SearchBox } from '@/components/search/search-box';
import { SpoilerControl } from '@/components/spoiler/spoiler-control';

const nav = [
  { href: '/', label: 'Staffeln' },
  { href: '/figuren', label: 'Figuren' },
  { href: '/handlungsstraenge', label: 'Handlungsstränge' },
];

type Props = { seasons: { number: number; episodeCount: number }[] };

export function SiteHeader({ seasons }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="brand" aria-label="Rewatch – zur Startseite">
          <span className="brand__name">Rewatch</span>
          <span className="brand__tagline">Sex and the City, Folge für Folge</span>
        </a>
        <nav aria-label="Hauptnavigation">
          <ul className="site-nav">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="site-header__tools">
        <SearchBox />
        <SpoilerControl seasons={seasons} />
      </div>
    </header>
  );
}

import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { cachedStorylines } from '@/lib/storylines/queries';
import { paths } from '@/lib/seo/paths';

export const revalidate = 60;
export const metadata: Metadata = { title: 'Handlungsstränge', alternates: publicAlternates('/handlungsstraenge') };

export default async function StorylinesPage() {
  const storylines = await cachedStorylines();
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Über Folgen hinweg</p>
        <h1>Handlungsstränge</h1>
        <p className="lede">Beziehungen, Umzüge, Babys: die Geschichten, die sich durch mehrere Folgen ziehen.</p>
      </header>
      <ul className="arc-list">
        {storylines.map((storyline) => (
          <li key={storyline.slug}>
            <a href={paths.storyline(storyline.slug)} className="arc-tile">
              <span className="arc-tile__title">{storyline.title}</span>
              <span className="arc-tile__meta">
                {storyline.characters.map((character) => character.shortName).join(', ')} ·{' '}
                {storyline.episodeCount === 1 ? '1 Folge' : `${storyline.episodeCount} Folgen`}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

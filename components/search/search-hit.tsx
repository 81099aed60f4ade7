import { EpisodeCode } from '@/components/archive/episode-code';
import { Spoiler } from '@/components/spoiler/spoiler';
import type { SearchHit as Hit } from '@/lib/search/queries';
import { Highlighted } from './highlighted';
import { paths } from '@/lib/seo/paths';

/** One result: code, title and the text around the matches, hidden past the spoiler horizon. */
export function SearchHit({ hit }: { hit: Hit }) {
  return (
    <li className="search-hit">
      <EpisodeCode season={hit.season} number={hit.number} />
      <Spoiler season={hit.season} number={hit.number}>
        <h2 className="search-hit__title">
          <a href={paths.episode(hit.slug)}>
            <Highlighted segments={hit.title} />
          </a>
        </h2>
        <p className="search-hit__snippet">
          <Highlighted segments={hit.snippet} />
        </p>
      </Spoiler>
    </li>
  );
}

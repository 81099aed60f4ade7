import { paths } from '@/lib/seo/paths';

type Tag = { href: string; label: string };

/** A labelled row of links to character or storyline pages. */
export function TagList({ label, tags }: { label: string; tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="tag-list">
      <h2 className="tag-list__label">{label}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.href}>
            <a href={tag.href} className="tag">
              {tag.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type RecapTagsProps = {
  recap: {
    characters: { character: { slug: string; shortName: string } }[];
    storylines: { storyline: { slug: string; title: string } }[];
  };
};

/** Under a recap, on its public page and in the studio's preview of it: who is in it and which storylines it belongs to. */
export function RecapTags({ recap }: RecapTagsProps) {
  return (
    <footer className="episode__tags">
      <TagList label="Figuren in dieser Folge" tags={recap.characters.map(({ character }) => ({ href: paths.character(character.slug), label: character.shortName }))} />
      <TagList label="Handlungsstränge" tags={recap.storylines.map(({ storyline }) => ({ href: paths.storyline(storyline.slug), label: storyline.title }))} />
    </footer>
  );
}

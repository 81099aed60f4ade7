
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

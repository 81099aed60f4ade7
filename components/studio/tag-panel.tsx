import { confirmTag, removeTag } from '@/lib/tags/actions';
import { ActionButton } from './action-button';
import { TagAddForm } from './tag-add-form';

type Tag = { kind: 'character' | 'storyline'; id: number; label: string; source: 'MANUAL' | 'SUGGESTED' };

type Props = {
  episodeId: number;
  tags: Tag[];
  characters: { id: number; name: string }[];
  storylines: { id: number; title: string }[];
  /** Only hosts review tags; guests see the list. */
  canReview: boolean;
};

/** The recap's character and storyline tags, with where each came from. */
export function TagPanel({ episodeId, tags, characters, storylines, canReview }: Props) {
  const taken = new Set(tags.map((tag) => `${tag.kind}:${tag.id}`));
  return (
    <section className="section tag-panel" aria-labelledby="tags-title">
      <h2 id="tags-title" className="section__title">
        Schlagworte
      </h2>
      {tags.length === 0 ? <p className="muted">Noch keine Schlagworte.</p> : null}
      <ul className="tag-list">
        {tags.map((tag) => {
          const input = { episodeId, kind: tag.kind, tagId: tag.id };
          const suggested = tag.source === 'SUGGESTED';
          return (
            <li key={`${tag.kind}:${tag.id}`} aria-label={`${tag.kind === 'character' ? 'Figur' : 'Handlungsstrang'} ${tag.label}`}>
              <span>{tag.kind === 'storyline' ? `#${tag.label}` : tag.label}</span>
              <span className={suggested ? 'tag-source tag-source--suggested' : 'tag-source'}>{suggested ? 'Vorschlag des Imports' : 'gesetzt'}</span>
              {canReview ? (
                suggested ? (
                  <>
                    <ActionButton action={confirmTag} input={input} label="Bestätigen" />
                    <ActionButton action={removeTag} input={input} label="Ablehnen" variant="danger" />
                  </>
                ) : (
                  <ActionButton action={removeTag} input={input} label="Entfernen" variant="danger" />
                )
              ) : null}
            </li>
          );
        })}
      </ul>
      {canReview ? (
        <TagAddForm
          episodeId={episodeId}
          characters={characters.filter((character) => !taken.has(`character:${character.id}`))}
          storylines={storylines.filter((storyline) => !taken.has(`storyline:${storyline.id}`))}
        />
      ) : null}
    </section>
  );
}

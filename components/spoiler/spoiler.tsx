import type { ReactNode } from 'react';
import { episodeCode } from '@/lib/text/slug';
import { spoilerKey } from './horizon';

type Props = { season: number; number: number; children: ReactNode; as?: 'div' | 'li' };

/**
 * Marks what happens in one episode. The spoiler horizon script blurs it when the episode
 * lies after the listener's "gesehen bis" and shows the reveal button; without a setting
 * (or without JavaScript) it is plain content.
 */
export function Spoiler({ season, number, children, as: Tag = 'div' }: Props) {
  return (
    <Tag className="spoiler" data-spoiler={spoilerKey(season, number)}>
      <button type="button" className="spoiler__reveal" data-spoiler-reveal="">
        Spoiler aus {episodeCode(season, number)} zeigen
      </button>
      <div className="spoiler__content">{children}</div>
    </Tag>
  );
}

'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import styles from './recap-body.module.css';

/**
 * The episode's audio above the recap. Timestamps in the recap are links to the audio
 * (`…mp3#t=754`, which works without JavaScript); with it, a click seeks this player instead.
 * Deliberately tiny: the recap itself stays server-rendered children.
 */
export function EpisodeAudio({ audioUrl, children }: { audioUrl: string; children: ReactNode }) {
  const scope = useRef<HTMLDivElement>(null);
  const audio = useRef<HTMLAudioElement>(null);

  useEffect(() => {
    const root = scope.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const player = audio.current;
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-seconds]') : null;
      if (!player || !target || !root.contains(target)) return;
      // Modified clicks keep their browser meaning (open the audio in a new tab).
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const seconds = Number(target.dataset.seconds);
      if (!Number.isFinite(seconds)) return;
      event.preventDefault();
      player.currentTime = seconds;
      void player.play().catch(() => {
        // Autoplay rules may refuse; the player is positioned, the listener presses play.
      });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, []);

  return (
    <div ref={scope}>
      <div className={styles.player}>
        <audio ref={audio} controls preload="none" src={audioUrl} aria-label="Podcastfolge anhören">
          <a href={audioUrl}>Folge herunterladen</a>
        </audio>
      </div>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import styles from './recap-body.module.css';

/**
 * The episode's audio above the recap. Timestamps in the recap are links to the audio
 * (`…mp3#t=754`, which works without JavaScript); with it, a click seeks this player instead
 * (components/site/public-script.ts). The recap itself stays server-rendered children.
 */
export function EpisodeAudio({ audioUrl, children }: { audioUrl: string; children: ReactNode }) {
  return (
    <div data-episode-audio="">
      <div className={styles.player}>
        <audio controls preload="none" src={audioUrl} aria-label="Podcastfolge anhören">
          <a href={audioUrl}>Folge herunterladen</a>
        </audio>
      </div>
      {children}
    </div>
  );
}

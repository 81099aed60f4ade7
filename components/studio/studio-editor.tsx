'use client';

import type { ComponentProps } from 'react';
import type { LiveEndpoint } from '@/lib/recaps/live/endpoint';
import { LiveWorkbench } from './live/live-workbench';
import { useLiveDocument } from './live/use-live-document';
import { RecapWorkbench } from './recap-workbench';

type Props = ComponentProps<typeof RecapWorkbench> & { live: LiveEndpoint; me: { id: number; name: string } };

/**
 * Live editing when the collaboration server is reachable; otherwise the editor with
 * autosave and conflict handling, so nobody is kept from writing.
 */
export function StudioEditor({ live: endpoint, me, ...props }: Props) {
  const live = useLiveDocument(props.episodeId, endpoint);
  switch (live.phase) {
    case 'connecting':
      return (
        <p className="muted" role="status">
          Verbinde mit der Live-Bearbeitung …
        </p>
      );
    case 'revoked':
      return (
        <div className="notice" role="alert">
          <p>Dein Zugang zu dieser Folge wurde entzogen. Was du bis eben geschrieben hast, ist gespeichert.</p>
        </div>
      );
    case 'unavailable':
      return (
        <>
          <p className="notice" role="status">
            {live.reason} Du schreibst ohne Live-Verbindung: Änderungen werden wie gewohnt gespeichert; hat jemand anderes inzwischen
            geändert, zeigt der Editor beide Fassungen.
          </p>
          <RecapWorkbench {...props} />
        </>
      );
    case 'live':
      return (
        <LiveWorkbench
          live={live}
          episodeId={props.episodeId}
          status={props.status}
          previewHref={props.previewHref}
          characters={props.characters}
          storylines={props.storylines}
          me={me}
        />
      );
  }
}

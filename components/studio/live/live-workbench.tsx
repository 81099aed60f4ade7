'use client';

import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { RecapEditor } from '@/components/editor/recap-editor';
import type { EditorCharacter, EditorStoryline } from '@/components/editor/suggestion-items';
import type { StudioStatus } from '@/lib/recaps/studio-queries';
import { useRefreshWhenCreated } from '../use-refresh-when-created';
import { WorkflowBar } from '../workflow-bar';
import { CommentsPanel } from './comments-panel';
import { personColor } from './person-color';
import { PresenceList } from './presence-list';
import type { LiveState } from './use-live-document';

type Props = {
  live: Extract<LiveState, { phase: 'live' }>;
  episodeId: number;
  status: StudioStatus;
  previewHref: string | null;
  characters: EditorCharacter[];
  storylines: EditorStoryline[];
  me: { id: number; name: string };
};

function LiveStatus({ live }: { live: Props['live'] }) {
  const [kind, label] = !live.online
    ? ['offline', 'Verbindung unterbrochen – deine Änderungen bleiben hier und werden zusammengeführt, sobald sie zurück ist']
    : live.unsynced > 0
      ? ['saving', 'Überträgt …']
      : !live.stored
        ? ['saving', 'Live – wird gespeichert …']
        : ['saved', 'Live – gespeichert'];
  return (
    <p className={`save-status save-status--${kind}`} role="status" aria-live="polite">
      {label}
    </p>
  );
}

/** The recap written together: shared document, carets, presence, comments, workflow. */
export function LiveWorkbench({ live, episodeId, status, previewHref, characters, storylines, me }: Props) {
  const [editor, setEditor] = useState<Editor | null>(null);
  // The first stored change creates the recap: from then on it is a draft that can be submitted.
  const [wrote, setWrote] = useState(false);
  useEffect(() => {
    const note = (_update: Uint8Array, origin: unknown) => {
      if (origin !== live.provider) setWrote(true);
    };
    live.ydoc.on('update', note);
    return () => live.ydoc.off('update', note);
  }, [live.ydoc, live.provider]);
  const created = status === 'none' && wrote && live.stored;
  const currentStatus = created ? 'draft' : status;
  useRefreshWhenCreated(created);
  const canWrite = live.mode === 'write';
  const color = personColor(me.id);
  const binding = useMemo(() => ({ ydoc: live.ydoc, provider: live.provider, user: { name: me.name, color } }), [live.ydoc, live.provider, me.name, color]);

  useEffect(() => {
    live.provider.setAwarenessField('presence', { name: me.name, color, mode: live.mode });
  }, [live.provider, live.mode, me.name, color]);

  return (
    <div className="workbench workbench--live">
      <div className="workbench__bar">
        <LiveStatus live={live} />
        <WorkflowBar episodeId={episodeId} status={currentStatus} previewHref={previewHref} onVersion={() => {}} beforeChange={live.waitUntilStored} />
      </div>
      {live.refused ? (
        <p className="notice" role="alert">
          Der Server hat die letzte Änderung nicht übernommen: {live.refused}
        </p>
      ) : null}
      {canWrite ? null : (
        <p className="notice">Du kannst hier nur mitlesen{status === 'published' ? ': das Recap ist veröffentlicht, ändern können es nur Chris und Nils.' : '.'}</p>
      )}
      <div className="live-layout">
        <div className="live-layout__main">
          <RecapEditor initialContent={null} live={binding} characters={characters} storylines={storylines} readOnly={!canWrite} onReady={setEditor} aria-label="Recap-Text" />
        </div>
        <div className="live-layout__side">
          <PresenceList provider={live.provider} />
          <CommentsPanel ydoc={live.ydoc} editor={editor} author={me.name} canWrite={canWrite} />
        </div>
      </div>
    </div>
  );
}

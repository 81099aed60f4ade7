'use client';

import { useRef, useState } from 'react';
import { RecapEditor } from '@/components/editor/recap-editor';
import type { EditorCharacter, EditorStoryline } from '@/components/editor/suggestion-items';
import type { RecapDocument } from '@/lib/recaps/document';
import type { StudioStatus } from '@/lib/recaps/studio-queries';
import { ConflictPanel } from './conflict-panel';
import { clearLocalDraft, readLocalDraft } from './local-draft';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useRefreshWhenCreated } from './use-refresh-when-created';
import { WorkflowBar } from './workflow-bar';

type Props = {
  episodeId: number;
  initial: { version: number; body: RecapDocument | null };
  status: StudioStatus;
  canEdit: boolean;
  previewHref: string | null;
  characters: EditorCharacter[];
  storylines: EditorStoryline[];
};

/** The editor with autosave, offline safety, conflict handling and the workflow buttons. */
export function RecapWorkbench({ episodeId, initial, status, canEdit, previewHref, characters, storylines }: Props) {
  const autosave = useAutosave(episodeId, initial.version);
  const [content, setContent] = useState<{ key: number; body: RecapDocument | null }>({ key: 0, body: initial.body });
  const [mergeReference, setMergeReference] = useState<unknown>(null);
  // Text that never reached the server (offline, crash, closed tab) is offered back after a reload.
  // This component renders only in the browser (see studio-editor-loader.tsx), so storage is there.
  const [unsaved, setUnsaved] = useState<unknown>(() => {
    const local = readLocalDraft(episodeId);
    return local && JSON.stringify(local.body) !== JSON.stringify(initial.body) ? local.body : null;
  });

  // Only what a person does counts as a change: the editor may normalise a document
  // while loading it, and merely opening a recap must not save a new version.
  const touched = useRef(false);
  const markTouched = () => {
    touched.current = true;
  };
  const onEdit = (doc: RecapDocument) => {
    if (touched.current) autosave.change(doc);
  };

  const replaceContent = (body: unknown) => setContent((current) => ({ key: current.key + 1, body: body as RecapDocument }));
  const { state } = autosave;
  // The first save creates the recap: from then on it is a draft that can be submitted.
  const created = status === 'none' && state.kind === 'saved' && state.at !== null;
  const currentStatus = created ? 'draft' : status;
  useRefreshWhenCreated(created);

  return (
    <div className="workbench" onKeyDownCapture={markTouched} onPasteCapture={markTouched} onDropCapture={markTouched} onMouseDownCapture={markTouched}>
      {unsaved ? (
        <div className="notice" role="alert">
          <p>In diesem Browser liegt eine Fassung, die noch nicht gespeichert wurde.</p>
          <div className="workflow-bar__buttons">
            <button
              type="button"
              className="button"
              onClick={() => {
                replaceContent(unsaved);
                autosave.change(unsaved);
                setUnsaved(null);
              }}
            >
              Ungespeicherte Fassung wiederherstellen
            </button>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                clearLocalDraft(episodeId);
                setUnsaved(null);
              }}
            >
              Verwerfen
            </button>
          </div>
        </div>
      ) : null}

      <div className="workbench__bar">
        <SaveStatus state={state} />
        <WorkflowBar
          episodeId={episodeId}
          status={currentStatus}
          previewHref={previewHref}
          onVersion={autosave.setVersion}
        />
      </div>

      {state.kind === 'conflict' ? (
        <ConflictPanel
          mine={state.mine}
          theirs={state.theirs}
          onKeepMine={() => autosave.resolve(state.theirs.version, state.mine)}
          onTakeTheirs={() => {
            clearLocalDraft(episodeId);
            replaceContent(state.theirs.body);
            autosave.resolve(state.theirs.version, state.theirs.body);
          }}
          onMerge={() => {
            setMergeReference(state.theirs.body);
            replaceContent(state.mine);
            autosave.resolve(state.theirs.version, state.mine);
          }}
        />
      ) : null}

      {mergeReference ? (
        <aside className="merge-reference" aria-label="Andere Fassung zum Zusammenführen">
          <p className="muted">Die andere Fassung zum Übernehmen einzelner Stellen:</p>
          <RecapEditor key={`ref-${content.key}`} initialContent={mergeReference as RecapDocument} characters={characters} storylines={storylines} readOnly aria-label="Andere Fassung" />
          <button type="button" className="small-button" onClick={() => setMergeReference(null)}>
            Zusammenführen fertig
          </button>
        </aside>
      ) : null}

      <RecapEditor
        key={content.key}
        initialContent={content.body}
        characters={characters}
        storylines={storylines}
        readOnly={!canEdit}
        onChange={canEdit ? onEdit : undefined}
        aria-label="Recap-Text"
      />
    </div>
  );
}

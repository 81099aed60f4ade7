'use client';

import type { Editor } from '@tiptap/core';
import { type FormEvent, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { formatDateTime } from '@/lib/text/dates';
import { commentBody, type CommentThread, observeThreads, readThreads, reply, setResolved, startThread } from './comment-threads';

type Props = {
  ydoc: Y.Doc;
  editor: Editor | null;
  author: string;
  canWrite: boolean;
};

/** Selects the passage a thread is anchored to, so the editor shows where it belongs. */
function showAnchor(editor: Editor, threadId: string): void {
  let from: number | null = null;
  let to = 0;
  editor.state.doc.descendants((node, pos) => {
    if (node.marks.some((mark) => mark.type.name === 'comment' && mark.attrs.threadId === threadId)) {
      from ??= pos;
      to = pos + node.nodeSize;
    }
  });
  if (from !== null) editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
}

function CommentForm({ label, submitLabel, onSubmit, autoFocus = false }: { label: string; submitLabel: string; onSubmit: (body: string) => void; autoFocus?: boolean }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = commentBody.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Ungültiger Kommentar.');
      return;
    }
    onSubmit(parsed.data);
    setBody('');
    setError(null);
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={`${label}-field`}>
        {label}
      </label>
      <textarea
        id={`${label}-field`}
        value={body}
        rows={2}
        placeholder={label}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="small-button">
        {submitLabel}
      </button>
    </form>
  );
}

function Thread({ thread, editor, ydoc, author, canWrite }: { thread: CommentThread } & Props) {
  return (
    <li className="comment-thread" data-resolved={thread.resolved || undefined}>
      <button type="button" className="comment-thread__quote" onClick={() => editor && showAnchor(editor, thread.id)} title="Stelle im Text zeigen">
        „{thread.quote}“
      </button>
      <ol className="comment-thread__messages">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <p className="comment-thread__meta">
              <strong>{message.author}</strong> · {formatDateTime(new Date(message.at))}
            </p>
            <p className="comment-thread__body">{message.body}</p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <>
          {thread.resolved ? null : <CommentForm label="Antworten" submitLabel="Antworten" onSubmit={(body) => reply(ydoc, thread.id, author, body)} />}
          <button
            type="button"
            className="small-button button--quiet"
            onClick={() => {
              setResolved(ydoc, thread.id, !thread.resolved);
              // A resolved thread no longer marks the text; its quote stays in the thread.
              if (!thread.resolved) editor?.commands.unsetComment(thread.id);
            }}
          >
            {thread.resolved ? 'Wieder öffnen' : 'Erledigt'}
          </button>
        </>
      ) : null}
    </li>
  );
}

/** Comment threads on passages of the recap; only people in the studio ever see them. */
export function CommentsPanel(props: Props) {
  const { ydoc, editor, author, canWrite } = props;
  const [threads, setThreads] = useState<CommentThread[]>(() => readThreads(ydoc));
  const [selection, setSelection] = useState<{ from: number; to: number; text: string } | null>(null);
  const [composing, setComposing] = useState(false);

  useEffect(() => observeThreads(ydoc, () => setThreads(readThreads(ydoc))), [ydoc]);
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const { from, to, empty } = editor.state.selection;
      setSelection(empty ? null : { from, to, text: editor.state.doc.textBetween(from, to, ' ').trim() });
    };
    editor.on('selectionUpdate', update);
    return () => {
      editor.off('selectionUpdate', update);
    };
  }, [editor]);

  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);

  return (
    <aside className="comments" aria-label="Kommentare">
      <h2 className="comments__title">Kommentare {open.length ? <span className="comments__count">{open.length}</span> : null}</h2>
      {canWrite ? (
        composing && selection ? (
          <div className="comments__new">
            <p className="comment-thread__quote">„{selection.text}“</p>
            <CommentForm
              label="Kommentar"
              submitLabel="Kommentar speichern"
              autoFocus
              onSubmit={(body) => {
                if (!editor) return;
                const id = crypto.randomUUID();
                editor.chain().setTextSelection({ from: selection.from, to: selection.to }).setComment(id).run();
                startThread(ydoc, { id, quote: selection.text, author, body });
                setComposing(false);
              }}
            />
            <button type="button" className="small-button button--quiet" onClick={() => setComposing(false)}>
              Abbrechen
            </button>
          </div>
        ) : (
          <p className="comments__hint">
            <button type="button" className="small-button" disabled={!selection} onClick={() => setComposing(true)}>
              Kommentieren
            </button>{' '}
            {selection ? null : <span className="muted">Text markieren, um ihn zu kommentieren.</span>}
          </p>
        )
      ) : null}
      {open.length ? (
        <ul className="comments__list">
          {open.map((thread) => (
            <Thread key={thread.id} thread={thread} {...props} />
          ))}
        </ul>
      ) : (
        <p className="muted">Noch keine offenen Kommentare.</p>
      )}
      {resolved.length ? (
        <details className="comments__resolved">
          <summary>Erledigt ({resolved.length})</summary>
          <ul className="comments__list">
            {resolved.map((thread) => (
              <Thread key={thread.id} thread={thread} {...props} />
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import { recapExtensions } from '@/components/editor/extensions';
import type { RecapDocument } from '@/lib/recaps/document';

/** Renders a recap's Tiptap JSON on the server; listeners get HTML, no editor code. */
export function RecapBody({ body }: { body: unknown }) {
  return <div className="prose">{renderToReactElement({ content: body as RecapDocument, extensions: recapExtensions })}</div>;
}

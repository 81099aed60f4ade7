import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { RecapDocument } from '@/lib/recaps/document';
import { recapExtensions } from './extensions';

/** A stored body as an HTML string (feeds); '' for a body the renderer cannot read. */
export function recapHtml(body: unknown): string {
  try {
    return renderToHTMLString({ content: body as RecapDocument, extensions: recapExtensions });
  } catch {
    return '';
  }
}

import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// The one place Tiptap is configured: the same list serves the studio's editor,
// the server-side document validation and the static renderer of public pages.
export const recapExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { protocols: ['http', 'https', 'mailto'], openOnClick: false, HTMLAttributes: { rel: 'noopener nofollow' } },
  }),
];

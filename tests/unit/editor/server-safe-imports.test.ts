import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shared schema is imported by the server validator and the public renderer; if it
// pulled in React or the editor's popups, public pages would ship editor code.
const root = join(import.meta.dirname, '../../../components/editor');
const sharedFiles = ['extensions.ts', 'safe-href.ts', 'timestamp-format.ts', ...readdirSync(join(root, 'nodes')).map((file) => `nodes/${file}`)];
const editorOnly = /from '(react|react-dom|@tiptap\/react|@tiptap\/suggestion|@tiptap\/extensions|@floating-ui\/dom)'|from '\.\/(editor-extensions|suggestion-|toolbar|recap-editor)/;

describe('the shared schema modules stay server-safe', () => {
  it.each(sharedFiles)('%s imports no React, DOM or editor-only module', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(editorOnly);
    expect(source).not.toContain("'use client'");
  });
});

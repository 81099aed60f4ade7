'use client';

import dynamic from 'next/dynamic';

// The editor, the live connection and the offline store live in the browser only;
// rendering them on the server would only produce markup that the browser throws away.
export const StudioEditorLoader = dynamic(() => import('./studio-editor').then((module) => module.StudioEditor), {
  ssr: false,
  loading: () => <p className="muted">Editor wird geladen …</p>,
});

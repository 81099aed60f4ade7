'use client';

import dynamic from 'next/dynamic';

// The editor and the offline store live in the browser only; rendering them on the
// server would only produce markup that the browser throws away.
export const RecapWorkbenchLoader = dynamic(() => import('./recap-workbench').then((module) => module.RecapWorkbench), {
  ssr: false,
  loading: () => <p className="muted">Editor wird geladen …</p>,
});

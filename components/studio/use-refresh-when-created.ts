'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * The page's header (status, version, link to the history) is the server's: once the first
 * save created the recap, it is fetched again, once; the editor keeps its state through a refresh.
 */
export function useRefreshWhenCreated(created: boolean): void {
  const router = useRouter();
  useEffect(() => {
    if (created) router.refresh();
  }, [created, router]);
}

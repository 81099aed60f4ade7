'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { allows, type Action, type RecordState, type SessionUser } from '@/lib/auth/permissions';

// The signed-in person's role, given once by the studio layout, so a control deep in the
// editor asks the same question as the server instead of receiving a flag through every file.
const ViewerRole = createContext<SessionUser['role'] | null>(null);

export function ViewerProvider({ role, children }: { role: SessionUser['role'] | null; children: ReactNode }) {
  return <ViewerRole value={role}>{children}</ViewerRole>;
}

/** `allows` for the signed-in person: whether to show a control (the action itself still asks `can`). */
export function useAllows(): (action: Action, state?: RecordState) => boolean {
  const role = useContext(ViewerRole);
  return (action, state) => allows(role ? { role } : null, action, state);
}

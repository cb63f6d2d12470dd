import type { ReactNode } from 'react';
import { connection } from '../api';
import { apiErrorOf } from '../data/api-failure';
import { AccessRefused } from '../shell/AccessRefused';

function Refused({ reason }: { reason: 'noToken' | 'rejected' }) {
  return (
    <div style={{ background: '#ffffff', minHeight: '100vh' }}>
      <AccessRefused reason={reason} />
    </div>
  );
}

/**
 * A projector or print window opened without the host-mode token (typed, bookmarked) gets the same
 * explanation as the app, on a plain page, instead of a black screen that never fills. Its queries
 * do not even start: they would only be refused.
 */
export function ViewGate({ children }: { children: ReactNode }) {
  if (connection.kind === 'host' && connection.token === null) return <Refused reason="noToken" />;
  return <>{children}</>;
}

/** A token the server no longer accepts (it restarted with a new one). */
export function isRefused(error: unknown): boolean {
  return error !== null && error !== undefined && apiErrorOf(error).code === 'unauthorized';
}

export function RefusedToken() {
  return <Refused reason="rejected" />;
}

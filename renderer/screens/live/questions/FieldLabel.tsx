import type { ReactNode } from 'react';

/** A compact label above a console field, tied to it for screen readers and tests. */
export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} style={{ display: 'block', fontSize: 12, color: '#595959', marginBottom: 2 }}>
      {children}
    </label>
  );
}

/** The Chinese message under a field; keeps its line so the form does not jump when it appears. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <div id={id} role="alert" style={{ color: '#cf1322', fontSize: 12, lineHeight: '18px' }}>
      {message}
    </div>
  );
}

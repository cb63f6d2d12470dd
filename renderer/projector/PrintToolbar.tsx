/**
 * The bar above a print page in host mode, where the browser prints (the desktop app prints to PDF
 * itself and shows none). Hidden on paper by the page's `@media print` rule for `.rbd-print-toolbar`.
 */
export function PrintToolbar({ ready, button, hint }: { ready: boolean; button: string; hint: string }) {
  return (
    <div
      className="rbd-print-toolbar"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 1,
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 16,
        padding: '12px 24px',
        background: '#ffffff',
        borderBottom: '1px solid #9ca3af',
        fontSize: 16,
        color: '#111827',
      }}
    >
      <button
        type="button"
        data-testid="print-button"
        disabled={!ready}
        onClick={() => window.print()}
        style={{ fontSize: 16, padding: '6px 16px', cursor: 'pointer' }}
      >
        {button}
      </button>
      <span>{hint}</span>
    </div>
  );
}

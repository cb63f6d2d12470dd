/**
 * What the hall sees before the report starts, after it ends and between parts: who is reporting
 * and on what, large and calm, nothing moving.
 */
export function NeutralScreen({ officeName, meetingTitle }: { officeName: string; meetingTitle: string }) {
  return (
    <div
      data-testid="projector-neutral"
      style={{
        position: 'absolute',
        inset: 0,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        gap: '4vh',
        padding: '0 8vw',
        background: '#000000',
        textAlign: 'center',
        lineHeight: 1.45,
      }}
    >
      {officeName && <div style={{ color: '#d1d5db', fontSize: '6vh', fontWeight: 700 }}>{officeName}</div>}
      {meetingTitle && (
        <div style={{ color: '#ffffff', fontSize: '8vh', fontWeight: 800, overflowWrap: 'anywhere' }}>
          {meetingTitle}
        </div>
      )}
    </div>
  );
}

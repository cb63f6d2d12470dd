/** A tag in white on its colour, sized with the text around it (every colour is ≥ 4.5:1 on white). */
export function LiveChip({ text, color }: { text: string; color: string }) {
  return (
    <span
      style={{
        display: 'inline-block',
        background: color,
        color: '#ffffff',
        borderRadius: '0.2em',
        padding: '0 0.3em',
        fontWeight: 700,
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </span>
  );
}

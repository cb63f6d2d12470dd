import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR drawn as one SVG path, synchronously: it is there in the first paint, so a print or a PNG
 * never waits for it. Dark on white with the quiet zone phones need.
 */
export function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const path = useMemo(() => {
    try {
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      const parts: string[] = [];
      for (let row = 0; row < modules.size; row += 1)
        for (let col = 0; col < modules.size; col += 1)
          if (modules.get(row, col)) parts.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      return { d: parts.join(''), extent: modules.size + 8 };
    } catch {
      return null;
    }
  }, [text]);
  if (!path) return null;
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="card-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${path.extent} ${path.extent}`}
      shapeRendering="crispEdges"
      style={{ display: 'block', background: '#ffffff', flex: 'none' }}
    >
      <path d={path.d} fill="#000000" />
    </svg>
  );
}

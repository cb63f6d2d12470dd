import { useEffect, useState } from 'react';

export function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The widest card that fits the window keeping its aspect ratio (letterboxed), times the zoom. */
export function fittedCardWidth(
  window: { width: number; height: number },
  native: { width: number; height: number },
  zoom: number,
): number {
  const fit = Math.min(window.width / native.width, window.height / native.height);
  return Math.floor(native.width * fit * zoom);
}

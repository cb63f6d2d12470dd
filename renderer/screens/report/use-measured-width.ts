import { useLayoutEffect, useState } from 'react';

/**
 * An element's content width, followed as the window or the side panels change size. Returns a
 * callback ref, so an element that appears later (after the empty state) is measured too.
 */
export function useMeasuredWidth(): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    // The observer reports the first size on its own, right after observing.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

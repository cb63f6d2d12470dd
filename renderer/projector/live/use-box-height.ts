import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * An element's layout height in native pixels (before the layer's scale), followed as it changes:
 * the question overlay gives its text whatever height the other overlays leave.
 */
export function useBoxHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setHeight(element.offsetHeight);
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';

export interface FitTextProps {
  /** Font sizes in native px, largest first: the first at which the content fits is used. */
  sizes: readonly number[];
  children: ReactNode;
  /** Bounded height: the box grows with its text up to this; without it, the box fills its parent. */
  maxHeight?: number;
  /** `primary` text is held to the 1/20 rule by the legibility check, `secondary` to a lower floor. */
  legibility?: 'primary' | 'secondary';
  style?: CSSProperties;
  className?: string;
  testId?: string;
}

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

/**
 * Text that wraps, then shrinks step by step until it fits its box; never cut with an ellipsis. At
 * the smallest size it is left to overflow, so the legibility check can say so instead of hiding it.
 * Children sized in `em` shrink with it.
 */
export function FitText({ sizes, children, maxHeight, legibility, style, className, testId }: FitTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  const key = sizes.join(',');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const steps = key.split(',').map(Number);
    let fitting = false;
    const fit = () => {
      if (fitting) return;
      fitting = true;
      let chosen = steps[steps.length - 1] ?? 16;
      for (const size of steps) {
        el.style.fontSize = `${size}px`;
        if (!overflows(el)) {
          chosen = size;
          break;
        }
      }
      el.style.fontSize = `${chosen}px`;
      el.dataset.fitSize = String(chosen);
      fitting = false;
    };
    fit();
    const observer = new ResizeObserver(() => fit());
    observer.observe(el);
    if (el.parentElement) observer.observe(el.parentElement);
    let alive = true;
    // The CJK font may arrive after the first layout and change every line's width.
    void document.fonts?.ready.then(() => {
      if (alive) fit();
    });
    return () => {
      alive = false;
      observer.disconnect();
    };
  });

  return (
    <div
      ref={ref}
      className={className}
      data-legibility={legibility}
      data-testid={testId}
      style={{
        lineHeight: 1.45,
        overflowWrap: 'anywhere',
        minWidth: 0,
        ...(maxHeight === undefined ? { flex: '1 1 0', minHeight: 0 } : { maxHeight }),
        ...style,
      }}
    >
      {children}
    </div>
  );
}

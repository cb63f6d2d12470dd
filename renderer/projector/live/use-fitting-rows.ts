import { useLayoutEffect, useRef, useState } from 'react';
import { MAX_CARD_ROWS } from '../../../shared/domain';

/**
 * How many rows of a list fit its box at their fixed size: at most seven, one fewer after each
 * layout that overflows, down to one; the rest are counted ("另有 N 条"), never shrunk or cut.
 * `key` names the content, so new rows start the count again.
 */
export function useFittingRows(key: string) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ key, rows: MAX_CARD_ROWS });
  const rows = fit.key === key ? fit.rows : MAX_CARD_ROWS;
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || rows <= 1) return;
    if (el.scrollHeight > el.clientHeight + 1) setFit({ key, rows: rows - 1 });
  }, [key, rows]);
  return { box, rows };
}

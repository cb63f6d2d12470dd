import type { Page } from '@playwright/test';

export interface LayerMeasure {
  box: { width: number; height: number };
  problems: string[];
  smallestPrimaryPx: number;
  texts: number;
}

/**
 * Measures the projector's live layer as the hall sees it, independently of the app's own check:
 * every box inside the layer, nothing scrolling over, primary text at least 1/20 and secondary at
 * least 1/30 of the projected card height, and each text's colour against what is really behind it
 * at 4.5:1 or more.
 */
export async function measureLiveLayer(page: Page): Promise<LayerMeasure> {
  // Under tsx (the screenshot script) esbuild wraps named functions in a `__name` helper the page
  // does not have; a string is evaluated as written.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLElement>('[data-live-native]');
    if (!layer) throw new Error('no live layer shown');
    const box = layer.getBoundingClientRect();
    const scale = box.height / layer.offsetHeight;
    const problems: string[] = [];
    const parse = (text: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(text);
      if (!m) return null;
      const [r, g, b, a] = (m[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a: a ?? 1 };
    };
    const lum = (c: { r: number; g: number; b: number }) =>
      [c.r, c.g, c.b]
        .map((v) => v / 255)
        .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const over = (
      top: { r: number; g: number; b: number; a: number },
      bottom: { r: number; g: number; b: number },
    ) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
    });
    const background = (el: Element) => {
      const layers = [];
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      return layers.reduceRight((below, l) => over(l, below), { r: 0, g: 0, b: 0 });
    };
    let smallestPrimaryPx = Infinity;
    let texts = 0;
    for (const el of Array.from(layer.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        const beyond = Math.max(
          box.left - r.left,
          r.right - box.right,
          box.top - r.top,
          r.bottom - box.bottom,
        );
        if (beyond > 1)
          problems.push(
            `outside the screen by ${beyond.toFixed(1)}px: ${el.tagName} ${el.textContent?.slice(0, 20)}`,
          );
      }
      const blockLike = style.display !== 'inline' && el.clientHeight > 0 && el.tagName !== 'svg';
      if (blockLike && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        problems.push(
          `scroll overflow ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: ${el.textContent?.slice(0, 20)}`,
        );
      const text = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text) continue;
      texts += 1;
      const px = parseFloat(style.fontSize) * scale;
      const role = el.closest('[data-legibility]')?.getAttribute('data-legibility') ?? 'unmarked';
      const floor = role === 'primary' ? box.height / 20 : box.height / 30;
      if (role === 'primary') smallestPrimaryPx = Math.min(smallestPrimaryPx, px);
      if (px + 0.05 < floor)
        problems.push(`${role} text ${px.toFixed(1)}px < ${floor.toFixed(1)}px: ${text.slice(0, 20)}`);
      const fg = parse(style.color);
      if (fg) {
        const bg = background(el);
        const seen = over(fg, bg);
        const [hi, lo] = [lum(seen), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1: ${text.slice(0, 20)}`);
      }
    }
    return { box: { width: box.width, height: box.height }, problems, smallestPrimaryPx, texts };
  });
}

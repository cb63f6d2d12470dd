/** A file name the operator's system accepts, from a card's title. */
export function pngFileName(title: string, fallback: string): string {
  const base = (title.trim() || fallback).replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 80);
  return `${base}.png`;
}

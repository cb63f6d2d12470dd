/**
 * A card as a PNG at its native size (1920×1080 for 16:9), for WeChat posts and print.
 * (Sketch: the card's part fills it in.)
 */
export async function cardPng(_element: HTMLElement): Promise<Blob> {
  throw new Error('not yet');
}

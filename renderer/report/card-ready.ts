/**
 * Resolves once every card under `root` is fully drawn: no case photo still loading, every image
 * decoded, every chart canvas drawn and the fonts in. A print or PNG taken earlier would miss them.
 */
export async function whenCardsDrawn(root: HTMLElement, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  await document.fonts?.ready;
  for (;;) {
    const loading = root.querySelector('[data-media-loading]');
    const chartPending = root.querySelector('canvas[data-chart-ready="0"]');
    const images = Array.from(root.querySelectorAll('img'));
    const imagesPending = images.some((img) => !img.complete);
    if (!loading && !chartPending && !imagesPending) break;
    if (performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all(
    Array.from(root.querySelectorAll('img')).map((img) => img.decode().catch(() => undefined)),
  );
  // Two frames: the last layout (a title shrinking to fit) is painted before anyone reads the pixels.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

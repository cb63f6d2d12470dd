import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { toBlob } from 'html-to-image';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { CardView, ReportView } from '../../shared/domain';
import { i18n } from '../i18n';
import { nativeSize } from './card-style';
import { whenCardsDrawn } from './card-ready';
import { CardFrame } from './CardFrame';

/**
 * A card as a PNG at its native size (1920×1080 for 16:9), for WeChat posts and print. `element` is
 * the card drawn at scale 1 (CardFrame with `width` equal to its native width).
 */
export async function cardPng(element: HTMLElement): Promise<Blob> {
  const card = element.hasAttribute('data-card-native')
    ? element
    : element.querySelector<HTMLElement>('[data-card-native]');
  if (!card) throw new Error('没有找到要导出的卡片');
  const width = Number(card.dataset.nativeWidth) || card.offsetWidth;
  const height = Number(card.dataset.nativeHeight) || card.offsetHeight;
  await whenCardsDrawn(card);
  const blob = await toBlob(card, {
    width,
    height,
    canvasWidth: width,
    canvasHeight: height,
    pixelRatio: 1,
    backgroundColor: '#ffffff',
    // Only system fonts are used; reading style sheets for web fonts would find none and cost time.
    skipFonts: true,
    cacheBust: false,
    style: { transform: 'none' },
  });
  if (!blob) throw new Error('卡片图片生成失败');
  return blob;
}

/**
 * Draws a card off-screen at its native size and returns its PNG: the builder's 导出图片. The card is
 * the same component as on the projector, so the picture is what the hall sees.
 */
export async function renderCardPng(
  card: CardView,
  report: ReportView,
  queryClient: QueryClient,
): Promise<Blob> {
  const native = nativeSize(report.settings.layout);
  const host = document.createElement('div');
  // Off-screen but laid out and painted: a hidden (display: none) card could not be measured or drawn.
  host.style.cssText = `position: fixed; left: -${native.width + 100}px; top: 0; width: ${native.width}px; height: ${native.height}px; pointer-events: none;`;
  host.setAttribute('aria-hidden', 'true');
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        createElement(
          I18nextProvider,
          { i18n },
          createElement(
            QueryClientProvider,
            { client: queryClient },
            createElement(CardFrame, { card, report, width: native.width, mode: 'export' }),
          ),
        ),
      ),
    );
    return await cardPng(host);
  } finally {
    root.unmount();
    host.remove();
  }
}

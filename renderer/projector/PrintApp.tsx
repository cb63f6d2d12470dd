import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { CardView } from '../../shared/domain';
import { useTranslation } from 'react-i18next';
import { connection } from '../api';
import { useReportView } from '../data/report-queries';
import { useLanguageSync } from '../i18n/use-language';
import { whenCardsDrawn } from '../report/card-ready';
import { CARD_FONT, nativeSize } from '../report/card-style';
import { CardFrame } from '../report/CardFrame';
import { renderCardPng } from '../report/png-export';
import { isRefused, RefusedToken, ViewGate } from './ViewGate';
import { PrintToolbar } from './PrintToolbar';

function PrintPages({ meetingId }: { meetingId: string }) {
  useLanguageSync();
  const { t } = useTranslation();
  const view = useReportView(meetingId);
  const report = view.data;
  const pagesRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => report?.cards.filter((c) => !c.hidden) ?? [], [report]);
  const native = nativeSize(report?.settings.layout ?? '16:9');
  const queryClient = useQueryClient();

  useEffect(() => {
    document.title = t('reportCard.print.documentTitle', { title: report?.meetingTitle ?? '' });
  }, [report?.meetingTitle, t]);

  useEffect(() => {
    const pages = pagesRef.current;
    if (!report || !pages) return;
    delete document.body.dataset.printReady;
    let alive = true;
    // Electron's printToPDF and the tests wait for this: every chart and photo drawn, every title fitted.
    void whenCardsDrawn(pages).then(() => {
      if (alive) document.body.dataset.printReady = '1';
    });
    return () => {
      alive = false;
    };
  }, [report]);

  const downloadPng = async (card: CardView, index: number) => {
    if (!report) return;
    const blob = await renderCardPng(card, report, queryClient);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${report.meetingTitle.replace(/[\\/:*?"<>|]/g, '_')}-${index + 1}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  if (isRefused(view.error)) return <RefusedToken />;

  const pageCss = `
@page { size: ${native.width}px ${native.height}px; margin: 0; }
html, body { margin: 0; padding: 0; }
.rbd-print-page { width: ${native.width}px; height: ${native.height}px; overflow: hidden; break-after: page; break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rbd-print-pages > div:last-child .rbd-print-page { break-after: auto; }
@media screen { body { background: #e5e7eb; } .rbd-print-page { margin: 24px auto; box-shadow: 0 2px 12px rgba(0,0,0,0.25); } }
@media print { .rbd-print-toolbar { display: none !important; } }
`;

  return (
    <div style={{ fontFamily: CARD_FONT }}>
      <style>{pageCss}</style>
      {connection.kind === 'host' && (
        <PrintToolbar
          ready={Boolean(report)}
          button={t('reportCard.print.button')}
          hint={report ? t('reportCard.print.hint') : t('reportCard.print.preparing')}
        />
      )}
      <div ref={pagesRef} className="rbd-print-pages" data-testid="print-pages">
        {report &&
          visible.map((card, i) => (
            <div key={card.id}>
              {connection.kind === 'host' && (
                <div
                  className="rbd-print-toolbar"
                  style={{
                    width: native.width,
                    margin: '16px auto -8px',
                    display: 'flex',
                    gap: 16,
                    alignItems: 'center',
                    fontSize: 16,
                    color: '#111827',
                  }}
                >
                  <span>{t('reportCard.page', { n: i + 1, total: visible.length })}</span>
                  <button
                    type="button"
                    data-testid="png-button"
                    onClick={() => void downloadPng(card, i)}
                    style={{ fontSize: 16, padding: '4px 12px', cursor: 'pointer' }}
                  >
                    {t('reportCard.print.png')}
                  </button>
                </div>
              )}
              <div className="rbd-print-page" data-print-page={card.id}>
                <CardFrame card={card} report={report} width={native.width} mode="print" />
              </div>
            </div>
          ))}
      </div>
    </div>
  );
}

/** Every visible card, one per page at its native size: for the browser's print and Electron's PDF. */
export function PrintApp({ meetingId }: { meetingId: string }) {
  return (
    <ViewGate>
      <PrintPages meetingId={meetingId} />
    </ViewGate>
  );
}

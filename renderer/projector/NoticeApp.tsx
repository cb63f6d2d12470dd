import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from '../api';
import { usePublicNotice } from '../data/follow-board-queries';
import { useOffice } from '../data/queries';
import { useLanguageSync } from '../i18n/use-language';
import { NOTICE_CSS, NoticeSheet } from '../screens/follow-board/NoticeSheet';
import { isRefused, RefusedToken, ViewGate } from './ViewGate';
import { PrintToolbar } from './PrintToolbar';

const PAGE_CSS = `
@page { size: A4; margin: 12mm 0; }
html, body { margin: 0; padding: 0; background: #fff; }
@media screen and (min-width: 800px) { body { background: #e5e7eb; } .rbd-notice { margin: 24px auto; box-shadow: 0 2px 12px rgba(0,0,0,0.25); } }
@media print { .rbd-print-toolbar { display: none !important; } }
`;

function NoticePage({ meetingId }: { meetingId: string }) {
  useLanguageSync();
  const { t } = useTranslation();
  const notice = usePublicNotice(meetingId);
  const office = useOffice();
  const data = notice.data;
  // The hotline is part of the page: wait for the office too (a failed office read just leaves it out).
  const ready = data !== undefined && !office.isPending;

  useEffect(() => {
    document.title = t('followBoard.notice.documentTitle', { title: data?.meetingTitle ?? '' });
  }, [data?.meetingTitle, t]);

  useEffect(() => {
    if (!ready) return;
    let alive = true;
    // Electron's printToPDF and the tests wait for this; fonts first, or the PDF may embed a fallback.
    void document.fonts.ready.then(() => {
      if (alive) document.body.dataset.printReady = '1';
    });
    return () => {
      alive = false;
      delete document.body.dataset.printReady;
    };
  }, [ready, data]);

  if (isRefused(notice.error)) return <RefusedToken />;

  return (
    <div>
      <style>{NOTICE_CSS + PAGE_CSS}</style>
      {connection.kind === 'host' && (
        <PrintToolbar
          ready={ready}
          button={t('followBoard.notice.printButton')}
          hint={ready ? t('followBoard.notice.printHint') : t('followBoard.notice.preparing')}
        />
      )}
      {data && <NoticeSheet notice={data} hotline={office.data?.profile.phone ?? ''} />}
    </div>
  );
}

/** 反馈公示 on A4 portrait: for the browser's print, Electron's PDF and a phone's screenshot. */
export function NoticeApp({ meetingId }: { meetingId: string }) {
  return (
    <ViewGate>
      <NoticePage meetingId={meetingId} />
    </ViewGate>
  );
}

import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { CheckOutlined, PrinterOutlined, FilePdfOutlined } from '@ant-design/icons';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { useTranslation } from 'react-i18next';
import { connection } from '../../api';
import { call } from '../../data/call';
import { usePublicNotice } from '../../data/follow-board-queries';
import { useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { viewAddress } from '../../projector/view-route';
import { useOperatorName } from '../live/operator';
import { NOTICE_CSS, NoticeSheet } from './NoticeSheet';

const PRINTING_CLASS = 'rbd-printing-notice';
const PRINT_ALONE_CSS = `
@media print {
  body.${PRINTING_CLASS} * { visibility: hidden; }
  body.${PRINTING_CLASS} .rbd-notice, body.${PRINTING_CLASS} .rbd-notice * { visibility: visible; }
  body.${PRINTING_CLASS} .rbd-notice { position: absolute; left: 0; top: 0; }
  @page { size: A4; margin: 12mm 0; }
}`;

/** 反馈公示: the preview, and a printable page (Electron saves a PDF; a browser prints it itself). */
export function NoticePanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const notice = usePublicNotice(meetingId);
  const office = useOffice();
  const { name: by } = useOperatorName();

  const openPrintWindow = () => {
    // Electron denies new windows: the preview itself is printed, alone on the page.
    if (connection.kind === 'desktop') {
      document.body.classList.add(PRINTING_CLASS);
      window.addEventListener('afterprint', () => document.body.classList.remove(PRINTING_CLASS), {
        once: true,
      });
      window.print();
      return;
    }
    const token = connection.kind === 'host' ? connection.token : null;
    window.open(viewAddress(window.location, { view: 'notice', meetingId }, token), '_blank', 'noopener');
    void message.info(t('followBoard.notice.printWindow'));
  };

  const exportPdf = async () => {
    const result = await run(() => call('followUps.exportNotice', { meetingId }));
    if (!result) return;
    if (!result.supported) openPrintWindow();
    else if (result.saved) void message.success(t('followBoard.notice.saved', { path: result.saved }));
  };

  // A notice printed from a browser window cannot be seen from here: the operator says it is up.
  const mark = async (published: boolean) => {
    const result = await run(() => call('followUps.markNotice', { meetingId, published, by }));
    if (result)
      void message.success(t(published ? 'followBoard.notice.marked' : 'followBoard.notice.unmarked'));
  };
  const publishedAt = notice.data?.publishedAt ?? null;

  if (notice.isError) return <Alert type="error" showIcon message={t('followBoard.loadFailed')} />;
  return (
    <Card
      loading={!notice.data}
      title={t('followBoard.tabs.notice')}
      extra={
        <Space wrap>
          {publishedAt ? (
            <>
              <Typography.Text type="success" data-testid="notice-published">
                {t('followBoard.notice.publishedAt', { time: formatShanghai(publishedAt) })}
              </Typography.Text>
              <Button size="small" onClick={() => void mark(false)}>
                {t('followBoard.notice.unmark')}
              </Button>
            </>
          ) : (
            <Button icon={<CheckOutlined />} onClick={() => void mark(true)} data-testid="notice-mark">
              {t('followBoard.notice.mark')}
            </Button>
          )}
          <Button icon={<PrinterOutlined />} onClick={openPrintWindow} data-testid="notice-print">
            {t('followBoard.notice.print')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            onClick={() => void exportPdf()}
            data-testid="notice-pdf"
          >
            {t('followBoard.notice.exportPdf')}
          </Button>
        </Space>
      }
      styles={{ body: { background: '#e5e7eb', padding: 16 } }}
    >
      <style>{NOTICE_CSS + PRINT_ALONE_CSS}</style>
      {notice.data && (
        <div style={{ boxShadow: '0 2px 12px rgba(0,0,0,0.2)', maxWidth: '210mm', margin: '0 auto' }}>
          <NoticeSheet notice={notice.data} hotline={office.data?.profile.phone ?? ''} />
        </div>
      )}
    </Card>
  );
}

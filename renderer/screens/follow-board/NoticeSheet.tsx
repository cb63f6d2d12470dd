import { useTranslation } from 'react-i18next';
import type { PublicNotice } from '../../../shared/domain/follow-up';
import { CARD_FONT } from '../../report/card-style';
import { noticeByList, noticeCountLines, publicStateKey, type NoticeItem } from './board-figures';

const INK = '#111827';
const MUTED = '#374151';
const STATE_COLOR: Record<string, string> = {
  solved: '#166534',
  partly_solved: '#92400e',
  closed_unsolved: '#991b1b',
};

/* One stylesheet for the preview, the print page and a phone's screenshot: blocks, not a wide table. */
export const NOTICE_CSS = `
.rbd-notice { font-family: ${CARD_FONT}; color: ${INK}; background: #fff; box-sizing: border-box;
  width: 100%; max-width: 210mm; margin: 0 auto; padding: 14mm 14mm 10mm; font-size: 15pt; line-height: 1.55; }
.rbd-notice h1 { font-size: 24pt; text-align: center; margin: 0 0 4pt; letter-spacing: 2pt; }
.rbd-notice .rbd-notice-sub { text-align: center; font-size: 14pt; margin: 0; color: ${MUTED}; }
.rbd-notice h2 { font-size: 17pt; margin: 14pt 0 6pt; padding-bottom: 3pt; border-bottom: 2px solid ${INK}; }
.rbd-notice .rbd-notice-counts { display: flex; flex-wrap: wrap; gap: 4pt 16pt; margin: 10pt 0 0; padding: 8pt 10pt;
  border: 1.5px solid ${INK}; border-radius: 4pt; font-size: 14pt; }
.rbd-notice ol { margin: 0; padding-left: 0; list-style: none; }
.rbd-notice li { padding: 6pt 0; border-bottom: 1px solid #9ca3af; break-inside: avoid; }
.rbd-notice .rbd-notice-title { font-weight: 700; }
.rbd-notice .rbd-notice-meta { font-size: 13pt; color: ${MUTED}; display: flex; flex-wrap: wrap; gap: 0 12pt; align-items: baseline; }
.rbd-notice .rbd-notice-state { font-weight: 700; white-space: nowrap; }
.rbd-notice .rbd-notice-overdue { font-weight: 700; color: #fff; background: #b91c1c; padding: 0 5pt; border-radius: 3pt;
  white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rbd-notice .rbd-notice-reply { font-size: 13pt; margin-top: 2pt; }
.rbd-notice footer { margin-top: 14pt; font-size: 13pt; text-align: center; color: ${MUTED}; }
/* The page margin gives every sheet, not just the first, room at the top and bottom. */
@media print { .rbd-notice { padding-top: 0; padding-bottom: 0; } }
@media (max-width: 600px) { .rbd-notice { padding: 16px 14px; font-size: 17px; }
  .rbd-notice h1 { font-size: 26px; } .rbd-notice h2 { font-size: 20px; }
  .rbd-notice .rbd-notice-sub, .rbd-notice .rbd-notice-counts { font-size: 16px; }
  .rbd-notice .rbd-notice-meta, .rbd-notice .rbd-notice-reply, .rbd-notice footer { font-size: 15px; } }
`;

function NoticeLine({ item, index }: { item: NoticeItem; index: number }) {
  const { t } = useTranslation();
  return (
    <li data-testid="notice-item">
      <div>
        <span className="rbd-notice-title">
          {index + 1}. {item.title}
        </span>
      </div>
      <div className="rbd-notice-meta">
        {item.departments && <span>{item.departments}</span>}
        {item.deadline && <span>{t('followBoard.notice.deadline', { date: item.deadline })}</span>}
        <span className="rbd-notice-state" style={{ color: STATE_COLOR[item.state] ?? INK }}>
          {t(publicStateKey(item.state))}
        </span>
        {item.overdue && <span className="rbd-notice-overdue">{t('followBoard.overdue')}</span>}
      </div>
      <div className="rbd-notice-reply">
        {item.reply
          ? t('followBoard.notice.replyOn', { date: item.replyDate ?? '', text: item.reply })
          : t('followBoard.notice.noReply')}
      </div>
    </li>
  );
}

/** 反馈公示 as residents read it: masked by the services, every count with its total. */
export function NoticeSheet({ notice, hotline }: { notice: PublicNotice; hotline: string }) {
  const { t } = useTranslation();
  const lists = noticeByList(notice.items);
  return (
    <article className="rbd-notice" data-testid="notice-sheet">
      <h1>{t('followBoard.notice.heading')}</h1>
      {notice.officeName && <p className="rbd-notice-sub">{notice.officeName}</p>}
      <p className="rbd-notice-sub">
        {t('followBoard.notice.meetingLine', { title: notice.meetingTitle, date: notice.meetingDate })}
      </p>
      <p className="rbd-notice-sub" data-testid="notice-asof">
        {t('followBoard.notice.asOf', { date: notice.asOf })}
      </p>
      <div className="rbd-notice-counts" data-testid="notice-counts">
        <strong>{t('followBoard.notice.countsTitle', { total: notice.counts.total })}</strong>
        {noticeCountLines(notice.counts).map((line) => (
          <span key={line.key}>
            {t('followBoard.notice.countLine', {
              label: t(`followBoard.notice.counts.${line.key}`),
              count: line.count,
              of: line.of,
            })}
          </span>
        ))}
      </div>
      {lists.map((list) => (
        <section key={list.listType}>
          <h2>
            {t('followBoard.notice.listCount', {
              list: t(`followBoard.list.${list.listType}`),
              count: list.items.length,
            })}
          </h2>
          {list.items.length === 0 ? (
            <p style={{ margin: 0 }}>{t('followBoard.none')}</p>
          ) : (
            <ol>
              {list.items.map((item, i) => (
                <NoticeLine key={i} item={item} index={i} />
              ))}
            </ol>
          )}
        </section>
      ))}
      <footer>
        {hotline && (
          <div data-testid="notice-hotline">{t('followBoard.notice.hotline', { phone: hotline })}</div>
        )}
        <div>{t('followBoard.notice.privacy')}</div>
      </footer>
    </article>
  );
}

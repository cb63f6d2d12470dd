import { DownOutlined, LikeOutlined, MobileOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionState } from '../../../../shared/domain';
import { awaitsApproval } from '../../../../shared/logic/live/question-filter';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { flagSegments } from './flag-segments';

export const STATE_COLORS: Record<QuestionState, string> = {
  waiting: 'default',
  onScreen: 'red',
  answered: 'green',
  committed: 'blue',
  referred: 'purple',
  declined: 'orange',
  merged: 'default',
};

interface Props {
  question: Question;
  number: number;
  selected: boolean;
  /** Questions merged into this one (their askers count here). */
  merged: readonly Question[];
  expanded: boolean;
  names: {
    community: (id: string | null) => string | null;
    department: (id: string | null) => string | null;
  };
  onSelect: () => void;
  onToggle: () => void;
  onVote: () => void;
  onUnmerge: (q: Question) => void;
}

/** 待审核 rows stand apart: a warm background and an amber edge, so none reaches the screen unseen. */
const AWAITING_BACKGROUND = '#fffbe6';
const AWAITING_EDGE = '#faad14';

/** The question's text with the words of the flag list marked, so the moderator sees what matched. */
function FlaggedText({ text, flags }: { text: string; flags: readonly string[] }) {
  return (
    <>
      {flagSegments(text, flags).map((segment, i) =>
        segment.flagged ? (
          <mark
            key={i}
            data-testid="flagged-word"
            style={{ background: '#ffccc7', color: '#a8071a', padding: '0 1px', borderRadius: 2 }}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/**
 * One question of the list: what the hall asked and where it stands; its personal data stays off.
 * A phone's question is marked 手机; until approved it is 待审核 and set apart, and words of the
 * office's flag list are shown in red, never hidden.
 */
export function QuestionRow({
  question: q,
  number,
  selected,
  merged,
  expanded,
  names,
  onSelect,
  onToggle,
  onVote,
  onUnmerge,
}: Props) {
  const { t } = useTranslation();
  const community = names.community(q.communityId);
  const department = names.department(q.departmentId);
  const meta = [
    community,
    q.category || null,
    department ? t('liveConsole.list.answeredBy', { name: department }) : null,
    formatShanghai(q.receivedAt, 'HH:mm'),
  ].filter((part): part is string => part !== null);
  const outcome =
    q.state === 'referred' && q.referral
      ? t('liveConsole.list.referral', {
          department: names.department(q.referral.departmentId) ?? t('liveConsole.list.noDepartment'),
          date: q.referral.dueDate,
        })
      : q.state === 'declined' && q.declineReason
        ? t('liveConsole.list.declineReason', { reason: q.declineReason })
        : q.state === 'answered' && q.answerNote
          ? t('liveConsole.list.answerNote', { note: q.answerNote })
          : null;
  const awaiting = awaitsApproval(q);
  const edge = selected ? '#1677ff' : awaiting ? AWAITING_EDGE : 'transparent';

  return (
    <div
      role="option"
      aria-selected={selected}
      data-testid="question-row"
      data-question-id={q.id}
      data-state={q.state}
      data-source={q.source}
      data-approved={q.approved}
      data-flagged={q.flags.length > 0}
      onClick={onSelect}
      style={{
        padding: '6px 10px',
        borderBottom: '1px solid #f0f0f0',
        borderInlineStart: `3px solid ${edge}`,
        background: selected
          ? '#e6f4ff'
          : q.state === 'onScreen'
            ? '#fff1f0'
            : awaiting
              ? AWAITING_BACKGROUND
              : undefined,
        cursor: 'pointer',
      }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <Typography.Text type="secondary" style={{ minWidth: 28, fontVariantNumeric: 'tabular-nums' }}>
          {number}
        </Typography.Text>
        <Tag color={STATE_COLORS[q.state]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {t(`live.states.${q.state}`)}
        </Tag>
        <Typography.Paragraph
          style={{ flex: 1, minWidth: 0, margin: 0, overflowWrap: 'anywhere' }}
          ellipsis={{ rows: 2, tooltip: q.text }}
          data-testid="question-text"
        >
          {q.flags.length > 0 ? <FlaggedText text={q.text} flags={q.flags} /> : q.text}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12, lineHeight: '24px' }}>
          {t('live.votes', { count: q.votes })}
        </Typography.Text>
        <Tooltip title={t('liveConsole.list.voteHint')}>
          <Button
            size="small"
            icon={<LikeOutlined />}
            onClick={(event) => {
              event.stopPropagation();
              onVote();
            }}
            aria-label={t('liveConsole.list.voteLabel', { count: q.votes })}
            data-testid="vote"
          >
            +1
          </Button>
        </Tooltip>
      </div>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 10,
          paddingInlineStart: 36,
          fontSize: 12,
          color: '#8c8c8c',
        }}
      >
        {q.source === 'phone' || awaiting || q.flags.length > 0 ? (
          <span style={{ display: 'inline-flex', gap: 4 }}>
            {q.source === 'phone' ? (
              <Tag
                icon={<MobileOutlined />}
                color="cyan"
                style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: '18px' }}
                data-testid="source-phone"
              >
                {t('liveGateway.row.phone')}
              </Tag>
            ) : null}
            {awaiting ? (
              <Tag
                color="gold"
                style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: '18px' }}
                data-testid="awaiting-approval"
              >
                {t('liveGateway.row.awaiting')}
              </Tag>
            ) : null}
            {q.flags.length > 0 ? (
              <Tag
                color="red"
                style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: '18px', whiteSpace: 'normal' }}
                data-testid="flags"
              >
                {t('liveGateway.row.flags', { words: q.flags.join(t('common.listSeparator')) })}
              </Tag>
            ) : null}
          </span>
        ) : null}
        {meta.map((part, i) => (
          <span key={i}>{part}</span>
        ))}
        {merged.length > 0 ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', fontSize: 12 }}
            icon={expanded ? <DownOutlined /> : <RightOutlined />}
            aria-expanded={expanded}
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
            data-testid="askers"
          >
            {t('live.askers', { count: merged.length + 1 })}
          </Button>
        ) : null}
        {q.state === 'merged' && q.mergedInto ? <span>{t('liveConsole.list.mergedAway')}</span> : null}
      </div>
      {outcome ? (
        <div style={{ paddingInlineStart: 36, fontSize: 12, color: '#595959', overflowWrap: 'anywhere' }}>
          {outcome}
        </div>
      ) : null}
      {expanded && merged.length > 0 ? (
        <ul
          data-testid="merged-askers"
          style={{ listStyle: 'none', margin: '4px 0 0', paddingInlineStart: 36 }}
          onClick={(event) => event.stopPropagation()}
        >
          {merged.map((m) => (
            <li
              key={m.id}
              style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 12, minWidth: 0 }}
            >
              <Typography.Text ellipsis style={{ flex: 1, minWidth: 0, fontSize: 12 }} title={m.text}>
                {[names.community(m.communityId), m.askerName || null, m.text].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Button size="small" type="link" onClick={() => onUnmerge(m)}>
                {t('liveConsole.list.unmerge')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

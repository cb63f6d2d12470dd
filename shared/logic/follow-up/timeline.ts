import type {
  FollowUpChange,
  FollowUpItem,
  Question,
  QuestionChange,
  QuestionState,
  TimelineEntry,
} from '../../domain';
import { CHANNEL_NAME, VERDICT_NAME } from './workflow';

const MOVED_TO: Partial<Record<QuestionState, string>> = {
  waiting: '退回待处理',
  onScreen: '上屏',
  answered: '当场答复',
  committed: '形成承诺',
  referred: '转交书面答复',
  declined: '不予采纳',
};

const withNote = (text: string, note: string) => (note.trim() ? `${text}：${note.trim()}` : text);

/** The steps of the question the public record is about; edits, votes and moderation stay out. */
function hallText(question: Question, change: QuestionChange): string | null {
  switch (change.kind) {
    case 'created':
      return `现场提问：${question.text}`;
    case 'moved': {
      const to = change.to === null ? null : MOVED_TO[change.to];
      if (!to) return null;
      return change.to === 'onScreen' || change.to === 'committed' ? to : withNote(to, change.note);
    }
    case 'merged':
    case 'unmerged':
      return change.note.trim() ? change.note.trim() : null;
    default:
      return null;
  }
}

function hallEntries(question: Question): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  if (!question.history.some((h) => h.kind === 'created')) {
    out.push({
      at: question.receivedAt,
      by: '',
      phase: 'hall',
      kind: 'created',
      text: `现场提问：${question.text}`,
    });
  }
  for (const h of question.history) {
    const text = hallText(question, h);
    if (text !== null) out.push({ at: h.at, by: h.by, phase: 'hall', kind: h.kind, text });
  }
  return out;
}

/**
 * Follow-up changes in words. Replies and verdicts are matched to their change by order: each reply
 * and each verdict is appended by exactly one `replied` / `evaluated` change.
 */
function followUpEntries(item: FollowUpItem): TimelineEntry[] {
  let replyAt = 0;
  let verdictAt = 0;
  return item.history.map((h: FollowUpChange) => {
    let text: string;
    let by = h.by;
    switch (h.kind) {
      case 'created':
        text = h.note.trim() ? `交办至 ${h.note.trim()}` : '已交办';
        break;
      case 'started':
        text = withNote('开始办理', h.note);
        break;
      case 'replied': {
        const reply = item.replies[replyAt++];
        const label = h.from === 'replied' ? '补充反馈' : '反馈';
        text = reply ? `${label}（${reply.date}）：${reply.text}` : withNote(label, h.note);
        // The reply is the department's dated word; the operator only entered it.
        by = '';
        break;
      }
      case 'evaluated': {
        const v = item.verdicts[verdictAt++];
        if (v) {
          text = withNote(`群众评议：${VERDICT_NAME[v.verdict]}（${CHANNEL_NAME[v.channel]}）`, v.note);
          if (h.to === 'reopened') text += '，重新办理';
        } else text = withNote('群众评议', h.note);
        break;
      }
      case 'callback':
        text = withNote('回访无人接听', h.note);
        break;
      case 'closed':
        text = withNote('已办结未解决', h.note);
        break;
      case 'reopened':
        text = withNote('重新办理', h.note);
        break;
      case 'milestone':
        text = h.note.trim() || '推进节点更新';
        break;
      case 'edited':
        text = withNote('修改', h.note);
        break;
      case 'undone':
        text = withNote('撤销', h.note);
        break;
    }
    return { at: h.at, by, phase: 'follow_up' as const, kind: h.kind, text };
  });
}

/** One timeline, oldest first: the question's life in the hall, then every follow-up change. */
export function buildTimeline(item: FollowUpItem, question: Question | null): TimelineEntry[] {
  const entries = [...(question ? hallEntries(question) : []), ...followUpEntries(item)];
  // Stable: entries of the same second keep the order they were recorded in.
  const times = entries.map((e) => Date.parse(e.at));
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => times[a.i]! - times[b.i]! || a.i - b.i)
    .map(({ e }) => e);
}

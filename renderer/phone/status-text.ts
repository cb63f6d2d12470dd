import type { PhoneQuestionStatus } from '../../shared/domain/phone';
import type { QuestionState } from '../../shared/domain/question';
import type { Translate } from './i18n';

/** A LocalDate (YYYY-MM-DD, the meeting's Beijing day) in words, without a date library. */
export function formatDate(t: Translate, date: string, withYear: boolean): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const params = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return t(withYear ? 'date' : 'shortDate', params);
}

/** Tone of the badge: the page colours it, the words carry the meaning. */
export type StatusTone = 'pending' | 'open' | 'live' | 'done' | 'declined';

export interface StatusText {
  label: string;
  tone: StatusTone;
  /** Further lines, each plain text (the answer's note, the department, the date). */
  details: string[];
}

const TONES: Readonly<Record<QuestionState, StatusTone>> = {
  waiting: 'open',
  onScreen: 'live',
  answered: 'done',
  committed: 'done',
  referred: 'done',
  declined: 'declined',
  merged: 'open',
};

/** What became of the resident's own question, in words: the asker never has to decode a colour. */
export function statusText(t: Translate, status: PhoneQuestionStatus): StatusText {
  const details: string[] = [];
  if (status.merged) details.push(t('status.merged'));
  if (status.askers > 1 || status.merged) details.push(t('status.askers', { count: status.askers }));
  if (status.pending) {
    return {
      label: t('status.pending'),
      tone: 'pending',
      details: [t('status.pendingHint')].concat(details),
    };
  }
  let label: string;
  switch (status.state) {
    case 'answered':
      label = t('status.answered');
      if (status.answerNote.trim() !== '') details.push(t('status.answerNote', { note: status.answerNote }));
      break;
    case 'committed': {
      label = t('status.committed');
      const commitment = status.commitment;
      if (commitment) {
        if (commitment.text.trim() !== '')
          details.push(t('status.commitmentText', { text: commitment.text }));
        if (commitment.leadDepartmentName.trim() !== '') {
          details.push(t('status.commitmentDepartment', { department: commitment.leadDepartmentName }));
        }
        if (commitment.deadline) {
          details.push(t('status.commitmentDeadline', { date: formatDate(t, commitment.deadline, true) }));
        }
      }
      break;
    }
    case 'referred': {
      label = t('status.referred');
      const referral = status.referral;
      if (referral) {
        const date = formatDate(t, referral.dueDate, false);
        details.push(
          referral.departmentName
            ? t('status.referralWithDepartment', { department: referral.departmentName, date })
            : t('status.referralNoDepartment', { date }),
        );
      }
      break;
    }
    case 'declined':
      label =
        status.declineReason.trim() !== ''
          ? t('status.declined', { reason: status.declineReason })
          : t('status.declinedNoReason');
      break;
    case 'onScreen':
      label = t('status.onScreen');
      break;
    default:
      // 'merged' is never an outcome here (the gateway reports the joined question's state); waiting.
      label = t('status.waiting');
  }
  return { label, tone: TONES[status.state], details };
}

/** The public list's short badge for a question's state. */
export function publicStateLabel(t: Translate, state: QuestionState): string {
  switch (state) {
    case 'onScreen':
      return t('status.onScreen');
    case 'answered':
      return t('status.answered');
    case 'committed':
      return t('status.committed');
    case 'referred':
      return t('status.referred');
    case 'declined':
      return t('status.declinedNoReason');
    default:
      return t('status.waiting');
  }
}

export const stateTone = (state: QuestionState): StatusTone => TONES[state];

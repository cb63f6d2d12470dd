// `phone.view`: after a change, every phone in the hall reads its view at once (the gateway tells them
// all). 300 phones over a record of 1,000 questions with 3,000 phone votes: each phone's view from the
// board built once per change, against a baseline in the same run that builds it afresh for every
// phone (as before the board existed).
import { performance } from 'node:perf_hooks';
import { emptyOffice, LiveRecord, type Meeting, type PhoneVote } from '../../shared/domain';
import { phoneView, type PhoneViewInput } from '../../shared/logic/phone/phone-view';
import { questionSet } from '../live/support/question-set';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const QUESTIONS = 1_000;
const PHONES = 300;
const ROUNDS = 5;
const MEETING = { id: 'm1', title: '停车管理专题报告会', startsAt: '2025-03-05T14:30:00+08:00' } as Meeting;

const phoneId = (i: number) => `phone-${String(i).padStart(12, '0')}`;

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const questions = questionSet(QUESTIONS).map((q) => ({ ...q, approved: true }));
  const phoneVotes: PhoneVote[] = Array.from({ length: PHONES * 10 }, (_, i) => ({
    phoneId: phoneId(i % PHONES),
    questionId: `q${(i * 7) % QUESTIONS}`,
    at: '2025-03-05T14:40:00+08:00',
  }));
  const stored = LiveRecord.parse({ questions, phoneVotes });
  const office = emptyOffice();
  const input = (record: LiveRecord, phone: number): PhoneViewInput => ({
    meeting: MEETING,
    office,
    record,
    rehearsal: false,
    cards: [],
    date: '2025-03-05',
    phoneId: phoneId(phone),
  });

  const hall: number[] = [];
  const perView: number[] = [];
  const fresh: number[] = [];
  for (let round_ = 0; round_ < ROUNDS; round_ += 1) {
    // A change: new lists, as a stored update makes them; then the whole hall reads.
    const changed = { ...stored, questions: [...stored.questions], phoneVotes: [...stored.phoneVotes] };
    const start = performance.now();
    for (let p = 0; p < PHONES; p += 1) {
      const t = performance.now();
      phoneView(input({ ...changed }, p));
      perView.push(performance.now() - t);
    }
    hall.push(performance.now() - start);
    // Baseline: every phone's read sees lists it has not seen (no board to share).
    for (let p = 0; p < 30; p += 1) {
      const t = performance.now();
      phoneView(input({ ...stored, questions: [...stored.questions] }, p));
      fresh.push(performance.now() - t);
    }
  }
  report({
    bench: 'phone.view',
    questions: QUESTIONS,
    phones: PHONES,
    hall_read_p50_ms: round(percentile(hall, 50)),
    per_view_p95_ms: round(percentile(perView, 95)),
    baseline_per_view_p50_ms: round(percentile(fresh, 50)),
    baseline_hall_read_ms: round(percentile(fresh, 50) * PHONES),
  });
}

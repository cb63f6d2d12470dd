// The console's question list at 2,000 questions: the operator types a search one character at a
// time and the list is filtered and ordered on each keystroke. `live.filter` is filterQuestions
// (states, merged hidden, the query over text, category and asker name, arrival order) against a
// plain Array.filter on the text over the same data in the same run, the floor any search pays.
// `live.similar` is the entry form's duplicate suggestion over the same 2,000 as each character of a
// new question is typed. Cold: the first keystroke after the list arrives, which reads each question
// once (the stored questions are new objects after every change, so this recurs).
import { filterQuestions } from '../../shared/logic/live/question-filter';
import { similarQuestions } from '../../shared/logic/live/question-similarity';
import { questionSet } from '../live/support/question-set';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const COUNT = 2_000;
const ROUNDS = 20;
const QUERY = '晚上停车没地方';
const NEW_QUESTION = '晚上回来小区里没有车位，能不能多划一些停车位';
const GOAL_FILTER_MS = 50;
const GOAL_SIMILAR_MS = 10;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function keystrokes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const questions = questionSet(COUNT);
  const cold = time(() => filterQuestions(questions, { query: QUERY[0] }, 'arrival'));
  const samples: number[] = [];
  const baseline: number[] = [];
  let shown = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const query of keystrokes(QUERY)) {
      // Interleaved, so both see the same load on a shared machine.
      samples.push(time(() => (shown = filterQuestions(questions, { query }, 'arrival').length)));
      baseline.push(time(() => questions.filter((q) => q.text.includes(query))));
    }
  }
  report({
    bench: 'live.filter',
    questions: COUNT,
    keystrokes: samples.length,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    cold_ms: round(cold),
    baseline_p95_ms: round(percentile(baseline, 95)),
    last_shown: shown,
    goal_ms: GOAL_FILTER_MS,
  });

  const candidates = questions.map((q) => ({ id: q.id, text: q.text }));
  const similarCold = time(() => similarQuestions(NEW_QUESTION.slice(0, 2), candidates));
  const similar: number[] = [];
  let suggested = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const text of keystrokes(NEW_QUESTION)) {
      similar.push(time(() => (suggested = similarQuestions(text, candidates).length)));
    }
  }
  report({
    bench: 'live.similar',
    candidates: COUNT,
    keystrokes: similar.length,
    p50_ms: round(percentile(similar, 50)),
    p95_ms: round(percentile(similar, 95)),
    cold_ms: round(similarCold),
    last_suggested: suggested,
    goal_ms: GOAL_SIMILAR_MS,
  });
  await Promise.resolve();
}

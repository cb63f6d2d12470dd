import { Question } from '../../../shared/domain';

let counter = 0;

/** A stored question as the service would create it: waiting, revision 1, one 'created' entry. */
export function makeQuestion(fields: Partial<Question> & { text: string }): Question {
  counter += 1;
  const receivedAt = fields.receivedAt ?? `2025-03-05T14:${String(counter % 60).padStart(2, '0')}:00+08:00`;
  return Question.parse({
    id: `q${counter}`,
    source: 'staff',
    state: 'waiting',
    receivedAt,
    history: [{ at: receivedAt, by: '工作人员', kind: 'created', from: null, to: 'waiting' }],
    ...fields,
  });
}

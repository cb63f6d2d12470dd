import { describe, expect, it } from 'vitest';
import { encodeJson, JsonEncoder } from '../../electron/storage/json-bytes';
import { sampleMeetingDocument, sampleQuestion } from './sample-meeting';

const same = (value: unknown) => expect(encodeJson(value).toString('utf8')).toBe(JSON.stringify(value));

describe('encodeJson', () => {
  it('gives exactly the bytes of JSON.stringify', () => {
    same(sampleMeetingDocument(40));
    same({
      a: 1,
      b: 'x',
      skipped: undefined,
      f: () => 1,
      nested: { list: Array.from({ length: 20 }, (_, i) => i) },
    });
    same({ list: [...Array.from({ length: 20 }, (_, i) => ({ i })), undefined, null, 'text', 3, () => 0] });
    same({
      date: new Date('2025-03-05T06:30:00Z'),
      withToJson: { toJSON: () => '自定义' },
      '键"名': '引号"与\\反斜杠\n换行',
    });
    same(Array.from({ length: 30 }, (_, i) => ({ deep: { deeper: { deepest: [i, `第${i}条`] } } })));
    same({});
    same([]);
    same('只是一段文字');
  });

  it('reuses the bytes of unchanged records and sees replaced ones', () => {
    const doc = sampleMeetingDocument(50);
    same(doc);
    const edited = {
      ...doc,
      questions: doc.questions.map((q, i) => (i === 7 ? { ...q, state: 'approved' as const } : q)),
    };
    same(edited);
    const appended = { ...edited, questions: [...edited.questions, sampleQuestion(999)] };
    same(appended);
  });

  it('freezes the records it caches, so an in-place edit fails instead of being silently dropped', () => {
    const doc = sampleMeetingDocument(20);
    encodeJson(doc);
    const question = doc.questions[3]!;
    expect(Object.isFrozen(question)).toBe(true);
    expect(() => {
      (question as { text: string }).text = '改过的内容';
    }).toThrow(TypeError);
    expect(encodeJson(doc).toString('utf8')).toBe(JSON.stringify(doc));
  });

  it('reuses one buffer across calls of any size without mixing them up', () => {
    const encoder = new JsonEncoder();
    const small = { schemaVersion: 1, language: 'zh-CN' };
    for (const value of [
      small,
      sampleMeetingDocument(300),
      small,
      sampleMeetingDocument(1000),
      sampleMeetingDocument(5),
    ]) {
      expect(encoder.encode(value).toString('utf8')).toBe(JSON.stringify(value));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../renderer/phone/i18n';
import { formatDate, publicStateLabel, statusText } from '../../renderer/phone/status-text';
import { status } from './fakes';

const t = makeTranslate('zh-CN');

describe('what became of my question, in words', () => {
  it('待审核 before the moderator approved it, whatever the state', () => {
    expect(statusText(t, status({ pending: true }))).toEqual({
      label: '待审核',
      tone: 'pending',
      details: ['工作人员审核后会公开显示'],
    });
  });

  it('待回答 and 正在大屏上', () => {
    expect(statusText(t, status()).label).toBe('待回答');
    expect(statusText(t, status({ state: 'onScreen' })).label).toBe('正在大屏上');
  });

  it('已当场答复 with the note', () => {
    expect(statusText(t, status({ state: 'answered', answerNote: '下周起增加清运' }))).toEqual({
      label: '已当场答复',
      tone: 'done',
      details: ['答复：下周起增加清运'],
    });
    expect(statusText(t, status({ state: 'answered' })).details).toEqual([]);
  });

  it('已形成承诺 with the commitment, its department and deadline', () => {
    const text = statusText(
      t,
      status({
        state: 'committed',
        commitment: {
          text: '年底前施划停车位',
          listType: 'deadline',
          leadDepartmentName: '城市管理办公室',
          deadline: '2027-01-05',
        },
      }),
    );
    expect(text.label).toBe('已形成承诺');
    expect(text.details).toEqual([
      '承诺：年底前施划停车位',
      '负责单位：城市管理办公室',
      '完成期限：2027年1月5日前',
    ]);
  });

  it('转交书面答复 by a department before 某月某日, or without a department', () => {
    const referred = status({
      state: 'referred',
      referral: { departmentName: '房管所', dueDate: '2026-12-20' },
    });
    expect(statusText(t, referred)).toEqual({
      label: '转交书面答复',
      tone: 'done',
      details: ['由房管所在12月20日前书面答复'],
    });
    const noDepartment = status({
      state: 'referred',
      referral: { departmentName: null, dueDate: '2026-03-08' },
    });
    expect(statusText(t, noDepartment).details).toEqual(['3月8日前书面答复']);
  });

  it('不予采纳 with the reason the asker is owed', () => {
    expect(statusText(t, status({ state: 'declined', declineReason: '不属于本街道职责' })).label).toBe(
      '不予采纳：不属于本街道职责',
    );
    expect(statusText(t, status({ state: 'declined' })).label).toBe('不予采纳');
  });

  it('merged: 同类问题 N 人 and the outcome of the question it joined', () => {
    const text = statusText(t, status({ merged: true, askers: 4, state: 'answered', answerNote: '已安排' }));
    expect(text.label).toBe('已当场答复');
    expect(text.details).toEqual(['已与同类问题合并', '同类问题 4 人', '答复：已安排']);
    // Others merged into mine: the count shows without the merged line.
    expect(statusText(t, status({ askers: 2 })).details).toEqual(['同类问题 2 人']);
  });

  it('in English when the phone reads English', () => {
    const en = makeTranslate('en-US');
    expect(
      statusText(
        en,
        status({ state: 'referred', referral: { departmentName: null, dueDate: '2026-12-20' } }),
      ),
    ).toMatchObject({ label: 'Referred for a written answer', details: ['Written answer by 12/20'] });
  });

  it('public badges and dates', () => {
    expect(publicStateLabel(t, 'onScreen')).toBe('正在大屏上');
    expect(publicStateLabel(t, 'declined')).toBe('不予采纳');
    expect(publicStateLabel(t, 'waiting')).toBe('待回答');
    expect(formatDate(t, '2026-12-02', true)).toBe('2026年12月2日');
    expect(formatDate(t, 'bad', true)).toBe('bad');
  });
});

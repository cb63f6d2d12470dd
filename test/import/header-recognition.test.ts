import { describe, expect, it } from 'vitest';
import { headerScore, mapHeaderRow, recognizeHeader } from '../../shared/logic/header-recognition';

describe('header recognition', () => {
  it.each([
    ['诉求编号', 'workOrderNo'],
    ['工单编号', 'workOrderNo'],
    ['问题分类', 'category'],
    ['诉求类别', 'category'],
    ['问题描述', 'content'],
    ['诉求内容', 'content'],
    ['社区名称', 'communityName'],
    ['所属社区', 'communityName'],
    ['解决情况', 'resolved'],
    ['是否解决', 'resolved'],
    ['来电时间', 'receivedAt'],
    ['受理时间', 'receivedAt'],
    ['登记时间', 'receivedAt'],
    ['满意度', 'satisfaction'],
    ['评价结果', 'satisfaction'],
    ['来源渠道', 'channel'],
    ['联系人', 'residentName'],
    ['联系电话', 'residentPhone'],
    ['* 工单编号：', 'workOrderNo'],
    ['受理时间（年月日）', 'receivedAt'],
    ['诉求人联系电话', 'residentPhone'],
  ])('%s → %s', (header, field) => {
    expect(recognizeHeader(header)).toBe(field);
  });

  it.each([
    '办结时间',
    '回访时间',
    '序号',
    '已解决',
    '满意',
    '未评价',
    '芳群园第一社区',
    '制表日期：2025年4月1日',
    '__proto__',
  ])('does not take %j for a known column', (cell) => {
    expect(recognizeHeader(cell)).toBeNull();
  });

  it('scores a data row of values as no header at all', () => {
    const row = ['2025030512345678', '芳群园第一社区', '物业管理', '楼道杂物', '已解决', '满意'];
    expect(headerScore(mapHeaderRow(row))).toBe(0);
  });

  it('lets the leftmost column keep a field two columns name', () => {
    const mapping = mapHeaderRow(['来电时间', '受理时间', '诉求内容']);
    expect(mapping.map((m) => m.field)).toEqual(['receivedAt', null, 'content']);
  });

  it('applies a preset: named headers win, a null rule ignores a column', () => {
    const mapping = mapHeaderRow(
      ['事项', '反映问题', '所属社区', '诉求内容'],
      [
        { header: '反映问题', field: 'content' },
        { header: '事项', field: 'category' },
        { header: '所属社区', field: null },
      ],
    );
    expect(mapping.map((m) => m.field)).toEqual(['category', 'content', null, null]);
  });
});

describe('rate columns: 解决 is not 办结', () => {
  it.each([
    ['办理状态', 'closed'],
    ['是否办结', 'closed'],
    ['办结情况', 'closed'],
    ['是否满意', 'satisfaction'],
    ['满意程度', 'satisfaction'],
    ['回访满意度', 'satisfaction'],
    ['群众满意度（回访）', 'satisfaction'],
    ['响应时间', 'responded'],
    ['是否响应', 'responded'],
    ['首次响应时间', 'responded'],
  ])('%s → %s', (header, field) => {
    expect(recognizeHeader(header)).toBe(field);
  });

  it.each(['已办结', '办理中', '已响应', '基本满意', '是'])(
    'does not take the data cell %j for a header',
    (cell) => {
      expect(recognizeHeader(cell)).toBeNull();
    },
  );

  it.each([
    ['办理状态 before 是否解决', ['办理状态', '是否解决', '诉求内容'], ['closed', 'resolved', 'content']],
    ['是否解决 before 办理状态', ['是否解决', '办理状态', '诉求内容'], ['resolved', 'closed', 'content']],
    ['only 办理状态', ['诉求内容', '办理状态'], ['content', 'closed']],
    ['only 解决情况', ['解决情况', '诉求内容'], ['resolved', 'content']],
  ])('%s: each column feeds its own field', (_name, headers, fields) => {
    expect(mapHeaderRow(headers).map((m) => m.field)).toEqual(fields);
  });

  it('a column literally named 解决情况 wins over a vaguer one wherever each stands', () => {
    expect(mapHeaderRow(['办理结果', '诉求内容', '解决情况']).map((m) => m.field)).toEqual([
      null,
      'content',
      'resolved',
    ]);
    expect(mapHeaderRow(['解决情况', '办理结果', '诉求内容']).map((m) => m.field)).toEqual([
      'resolved',
      null,
      'content',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { categoryFromText, stageFromText } from '../../shared/logic/projects/categories';
import {
  amountScale,
  mapProjectHeaders,
  projectHeaderScore,
  recognizeProjectHeader,
} from '../../shared/logic/projects/project-headers';

describe('categories and stages from text', () => {
  it.each([
    ['改善居住条件', 'living'],
    ['居住条件', 'living'],
    ['居住类', 'living'],
    ['住房', 'living'],
    [' 居 住 ', 'living'],
    ['保障公共安全', 'safety'],
    ['公共安全', 'safety'],
    ['安全类', 'safety'],
    ['营造宜居环境', 'environment'],
    ['宜居环境', 'environment'],
    ['环境', 'environment'],
    ['方便市民出行', 'travel'],
    ['市民出行', 'travel'],
    ['出行类', 'travel'],
    ['交通', 'travel'],
    ['交通\u3000', 'travel'],
  ] as const)('%s is %s', (text, category) => {
    expect(categoryFromText(text)).toBe(category);
  });

  it('names nothing for other words or a blank', () => {
    expect(categoryFromText('文化体育')).toBeNull();
    expect(categoryFromText('')).toBeNull();
    expect(categoryFromText('类')).toBeNull();
  });

  it.each([
    ['申报', 'apply'],
    ['申报中', 'apply'],
    ['评审', 'review'],
    ['评审中', 'review'],
    ['实施', 'implement'],
    ['实施中', 'implement'],
    ['在建', 'implement'],
    ['施工', 'implement'],
    ['监督', 'supervise'],
    ['评估', 'evaluate'],
    ['已评估', 'evaluate'],
    ['验收', 'evaluate'],
    ['实施阶段', 'implement'],
  ] as const)('stage %s is %s', (text, stage) => {
    expect(stageFromText(text)).toBe(stage);
  });

  it('names no stage for other words', () => {
    expect(stageFromText('搁置')).toBeNull();
    expect(stageFromText(' ')).toBeNull();
  });
});

describe('project headers', () => {
  it.each([
    ['项目编号', 'code'],
    ['编号', 'code'],
    ['项目代码', 'code'],
    ['序号', 'serial'],
    ['项目名称', 'name'],
    ['项目', 'name'],
    ['项目内容', 'name'],
    ['名称', 'name'],
    ['项目类别', 'category'],
    ['类别', 'category'],
    ['分类', 'category'],
    ['项目分类', 'category'],
    ['街镇', 'town'],
    ['所属街镇', 'town'],
    ['街道', 'town'],
    ['街乡', 'town'],
    ['属地', 'town'],
    ['社区', 'community'],
    ['所属社区', 'community'],
    ['责任单位', 'leadUnit'],
    ['牵头单位', 'leadUnit'],
    ['主责单位', 'leadUnit'],
    ['实施单位', 'leadUnit'],
    ['协同单位', 'coUnits'],
    ['配合单位', 'coUnits'],
    ['协办单位', 'coUnits'],
    ['计划资金', 'fundsPlanned'],
    ['预算资金', 'fundsPlanned'],
    ['投资金额', 'fundsPlanned'],
    ['资金（万元）', 'fundsPlanned'],
    ['计划资金（万元）', 'fundsPlanned'],
    ['已用资金', 'fundsSpent'],
    ['实际支出（元）', 'fundsSpent'],
    ['完成投资', 'fundsSpent'],
    ['完成时限', 'deadline'],
    ['截止日期', 'deadline'],
    ['计划完成时间', 'deadline'],
    ['是否完成', 'completed'],
    ['完成情况', 'completed'],
    ['进度', 'completed'],
    ['完成日期', 'completedOn'],
    ['实际完成时间', 'completedOn'],
    ['完成进度', 'progress'],
    ['进度（%）', 'progress'],
    ['完成比例', 'progress'],
    ['阶段', 'stage'],
    ['项目阶段', 'stage'],
    ['当前阶段', 'stage'],
    ['＊项目名称：', 'name'],
  ] as const)('%s names %s', (header, field) => {
    expect(recognizeProjectHeader(header)).toBe(field);
  });

  it('reads 万元 in an amount header as 10,000 元 a unit', () => {
    expect(amountScale('计划资金（万元）')).toBe(10_000);
    expect(amountScale('资金(万元)')).toBe(10_000);
    expect(amountScale('实际支出（元）')).toBe(1);
    expect(amountScale('计划资金')).toBe(1);
  });

  it('gives a field to the leftmost of two columns claiming it, and keeps unknown headers unmapped', () => {
    const columns = mapProjectHeaders(['项目名称', '项目', '', '备注', '类别']);
    expect(columns).toEqual([
      { column: 0, header: '项目名称', field: 'name' },
      { column: 1, header: '项目', field: null },
      { column: 3, header: '备注', field: null },
      { column: 4, header: '类别', field: 'category' },
    ]);
  });

  it('scores 0 unless the row names the project and one more field', () => {
    expect(projectHeaderScore(mapProjectHeaders(['项目名称']))).toBe(0);
    expect(projectHeaderScore(mapProjectHeaders(['类别', '街镇', '社区']))).toBe(0);
    expect(projectHeaderScore(mapProjectHeaders(['东城区2024年第一批民生项目清单']))).toBe(0);
    expect(projectHeaderScore(mapProjectHeaders(['项目', '类别']))).toBe(2);
    expect(projectHeaderScore(mapProjectHeaders(['序号', '项目名称', '项目类别', '街镇']))).toBe(4);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PhoneView } from '../../shared/domain/phone';
import { makeTranslate } from '../../renderer/phone/i18n';
import {
  renderAlerts,
  renderBallots,
  renderHeader,
  renderMine,
  renderQuestions,
  renderScore,
  type Actions,
  type PageState,
} from '../../renderer/phone/render';
import { h, mount, type DomLike, type DomNodeLike } from '../../renderer/phone/vnode';
import { status } from './fakes';

/** A stand-in DOM that records what the page builds: elements, attributes and text nodes, no parser. */
interface FakeNode extends DomNodeLike {
  kind: 'element' | 'text';
  tag?: string;
  text?: string;
  attrs: Record<string, string>;
  children: FakeNode[];
  listeners: string[];
}

const fakeDom: DomLike = {
  createElement(tag) {
    const node: FakeNode = {
      kind: 'element',
      tag,
      attrs: {},
      children: [],
      listeners: [],
      appendChild: (child) => node.children.push(child as FakeNode),
    };
    return Object.assign(node, {
      setAttribute: (name: string, value: string) => (node.attrs[name] = value),
      addEventListener: (type: string) => node.listeners.push(type),
    });
  },
  createTextNode(text) {
    return { kind: 'text', text, attrs: {}, children: [], listeners: [], appendChild: () => 0 };
  },
};

const walk = (node: FakeNode): FakeNode[] => [node, ...node.children.flatMap(walk)];

const t = makeTranslate('zh-CN');
const actions: Actions = {
  vote: () => {},
  score: () => {},
  resend: () => {},
  remove: () => {},
  pick: () => {},
  cast: () => {},
};
const EVIL = '<img src=x onerror=alert(1)><script>alert(2)</script>&amp;';

const view: PhoneView = {
  meetingTitle: `第四季度报告会${EVIL}`,
  officeName: '和平里街道',
  date: '2026-12-02',
  accepting: true,
  rehearsal: true,
  communities: [{ id: 'c-1', name: EVIL }],
  categories: ['停车管理'],
  questions: [
    {
      id: 'q-1',
      text: EVIL,
      category: EVIL,
      communityName: EVIL,
      askers: 3,
      votes: 2,
      state: 'waiting',
      votedByMe: false,
      votable: true,
    },
    {
      id: 'q-2',
      text: '已经赞过的',
      category: '',
      communityName: null,
      askers: 1,
      votes: 9,
      state: 'onScreen',
      votedByMe: true,
      votable: true,
    },
  ],
  ballots: [
    {
      voteId: 'v-open',
      title: `第二批民生项目差额票决${EVIL}`,
      places: 2,
      candidates: [
        { projectId: 'p-a', name: EVIL, category: '改善居住条件', town: EVIL },
        { projectId: 'p-b', name: '加装电梯', category: '改善居住条件', town: '和平里' },
        { projectId: 'p-c', name: '社区食堂', category: '营造宜居环境', town: '' },
      ],
      myChoice: null,
    },
    {
      voteId: 'v-done',
      title: '已投过的票决',
      places: 1,
      candidates: [
        { projectId: 'p-x', name: '停车位改造', category: '方便市民出行', town: '' },
        { projectId: 'p-y', name: EVIL, category: '保障公共安全', town: '' },
      ],
      myChoice: ['p-y'],
    },
  ],
  parts: [{ partId: 'p-1', title: EVIL, myChoice: 'basicallySatisfied' }],
  version: '1',
};

const state: PageState = {
  view,
  mine: [status({ text: EVIL, state: 'declined', declineReason: EVIL })],
  outbox: [
    {
      clientId: 'client_0000000000000000',
      text: EVIL,
      communityId: null,
      category: '',
      token: 'tok',
      createdAt: 0,
      attempts: 1,
      nextAt: 0,
      error: EVIL,
    },
  ],
  token: 'tok',
  tokenRefused: false,
  notice: 'busy',
  refused: EVIL,
  voting: [],
  scoring: {},
  ballotPicks: { 'v-open': ['p-a', 'p-b'] },
  balloting: [],
};

function everything(): FakeNode[] {
  const nodes = [
    ...renderAlerts(state, t),
    ...renderHeader(view, t),
    ...renderMine(state, t, actions),
    ...renderQuestions(state, t, actions),
    ...renderScore(state, t, actions),
    ...renderBallots(state, t, actions),
  ];
  return nodes.flatMap((node) => {
    const mounted = mount(node, fakeDom) as FakeNode | null;
    return mounted ? walk(mounted) : [];
  });
}

describe('the page never turns residents’ text into markup', () => {
  it('builds only known elements; the evil text lands in text nodes, whole', () => {
    const nodes = everything();
    const tags = new Set(nodes.filter((n) => n.kind === 'element').map((n) => n.tag));
    expect([...tags].sort()).toEqual([
      'button',
      'div',
      'h1',
      'h2',
      'input',
      'label',
      'li',
      'p',
      'span',
      'ul',
    ]);
    const texts = nodes.filter((n) => n.kind === 'text').map((n) => n.text ?? '');
    expect(texts.filter((text) => text.includes(EVIL)).length).toBeGreaterThanOrEqual(11);
    for (const node of nodes) {
      expect(Object.keys(node.attrs).filter((name) => /^on|^style$/i.test(name))).toEqual([]);
    }
  });

  it('refuses on* and style attributes outright', () => {
    expect(() => mount(h('p', { onclick: 'x' }), fakeDom)).toThrow(/onclick/);
    expect(() => mount(h('p', { style: 'color:red' }), fakeDom)).toThrow(/style/);
  });

  it('shows 已赞 disabled once voted, a vote button otherwise; the rehearsal banner; my score', () => {
    const nodes = everything();
    const buttons = nodes.filter((n) => n.tag === 'button');
    const label = (n: FakeNode) => n.children.map((c) => c.text).join('');
    const voted = buttons.find((b) => label(b) === '已赞');
    expect(voted?.attrs.disabled).toBe('');
    const vote = buttons.find((b) => label(b) === '赞同');
    expect(vote?.attrs.disabled).toBeUndefined();
    expect(vote?.listeners).toEqual(['click']);
    expect(vote?.attrs['aria-label']).toBe('赞同这条提问（目前 2 人赞同）');
    const texts = nodes.filter((n) => n.kind === 'text').map((n) => n.text);
    expect(texts).toContain('彩排：本场为彩排，提问和评分不计入正式结果');
    expect(texts).toContain('你的选择：基本满意');
    expect(texts).toContain('人太多了，正在排队重试…');
    const chosen = buttons.filter((b) => b.attrs['aria-pressed'] === 'true').map(label);
    expect(chosen).toEqual(['已赞', '基本满意', '已投票']);
  });
});

describe('the ballot of a 手机票决', () => {
  const mounted = () =>
    renderBallots(state, t, actions).flatMap((node) => {
      const m = mount(node, fakeDom) as FakeNode | null;
      return m ? walk(m) : [];
    });
  const label = (n: FakeNode) => n.children.map((c) => c.text).join('');

  it('offers each candidate a check box, at most one per place: the rest are disabled once the places are taken', () => {
    const nodes = mounted();
    const boxes = nodes.filter((n) => n.tag === 'input');
    expect(boxes.map((b) => b.attrs.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect(boxes.map((b) => b.attrs.checked)).toEqual(['', '', undefined]);
    expect(boxes.map((b) => b.attrs.disabled)).toEqual([undefined, undefined, '']);
    expect(boxes.every((b) => b.listeners.includes('change'))).toBe(true);
    const texts = nodes.filter((n) => n.kind === 'text').map((n) => n.text);
    expect(texts).toContain('从下列候选项目中最多选 2 项，投票后不能更改。');
    expect(texts).toContain('已选 2 / 2 项');
    const cast = nodes.find((n) => n.tag === 'button' && label(n) === '投票');
    expect(cast?.attrs.disabled).toBeUndefined();
    expect(cast?.listeners).toEqual(['click']);
  });

  it('shows 已投票 with the choice once cast, names as text', () => {
    const texts = mounted()
      .filter((n) => n.kind === 'text')
      .map((n) => n.text);
    expect(texts).toContain('已投票');
    expect(texts).toContain(`你的选择：${EVIL}`);
  });

  it('shows nothing when no phone vote is open', () => {
    expect(renderBallots({ ...state, view: { ...view, ballots: [] } }, t, actions)).toEqual([]);
  });
});

describe('the page’s sources', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'phone');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

  it('never parse HTML from strings', () => {
    const offenders = sources.filter(({ text }) =>
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(
        code(text),
      ),
    );
    expect(offenders.map((s) => s.name)).toEqual([]);
  });

  it('hold no Chinese literal: every word is in the phone part of the translations', () => {
    const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
    expect(sources.filter(({ text }) => cjk.test(code(text))).map((s) => s.name)).toEqual([]);
  });

  it('import shared/ for types only (zod would weigh more than the page), bar the pure category logic', () => {
    const runtime = sources.flatMap(({ name, text }) =>
      [...text.matchAll(/^import (?!type )[^;]*from '(\.\.\/\.\.\/shared\/[^']+)'/gm)].map(
        (m) => `${name}: ${m[1]}`,
      ),
    );
    expect(runtime).toEqual(['form.ts: ../../shared/logic/live/question-category']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PhoneView } from '../../shared/domain/phone';
import { makeTranslate } from '../../renderer/phone/i18n';
import {
  renderAlerts,
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
const actions: Actions = { vote: () => {}, score: () => {}, resend: () => {}, remove: () => {} };
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
  ballots: [],
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
};

function everything(): FakeNode[] {
  const nodes = [
    ...renderAlerts(state, t),
    ...renderHeader(view, t),
    ...renderMine(state, t, actions),
    ...renderQuestions(state, t, actions),
    ...renderScore(state, t, actions),
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
    expect([...tags].sort()).toEqual(['button', 'div', 'h1', 'h2', 'li', 'p', 'span', 'ul']);
    const texts = nodes.filter((n) => n.kind === 'text').map((n) => n.text ?? '');
    expect(texts.filter((text) => text.includes(EVIL)).length).toBeGreaterThanOrEqual(7);
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
    expect(chosen).toEqual(['已赞', '基本满意']);
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

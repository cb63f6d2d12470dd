import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card, Opinion } from '../../shared/domain';
import * as make from '../../shared/logic/card-factory';
import { CATEGORIES, COMMUNITIES } from '../fixtures/make-fixtures';
import { commitment, counter, group, opinion, PREVIOUS_MEETING, viewInput, MEETING, OFFICE } from './support';
import { buildReportView } from '../../shared/logic/report-view';
import { draftCards } from '../../shared/logic/report-draft';
import { summarizeOpinions } from '../../shared/logic/opinion-analysis';

/**
 * Whatever the operator types and whatever the sheet held, the view the projector draws holds no
 * resident's name or phone: names never leave the opinion, numbers typed anywhere are masked.
 */

// Characters used by no category, community, title or word the cards are built with, so a name found
// in the view can only have come from an opinion.
const SURNAMES = ['欧阳', '司马', '诸葛', '上官', '慕容'];
const GIVEN = [...'婷琪璐瑶翔鹏鑫'];
const nameArb = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const mobileArb = fc
  .tuple(
    fc.integer({ min: 3, max: 9 }),
    digits(9),
    fc.constantFrom('plain', 'spaced', 'dashed', 'prefixed', 'wide'),
  )
  .map(([second, rest, style]) => {
    const d = `1${second}${rest}`;
    if (style === 'spaced') return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
    if (style === 'dashed') return `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`;
    if (style === 'prefixed') return `+86 ${d}`;
    if (style === 'wide') return [...d].map((c) => String.fromCharCode(0xff10 + Number(c))).join('');
    return d;
  });
const landlineArb = fc
  .tuple(fc.constantFrom('010', '021', '0571', '0755'), fc.integer({ min: 2, max: 9 }), digits(7))
  .map(([area, first, rest]) => `${area}-${first}${rest}`);
const phoneArb = fc.oneof(mobileArb, landlineArb);

const WORDS_AROUND = ['', '联系', '电话：', '居民反映，', 'Tel: ', '（', '请回电 '];
const typedArb = (phones: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...WORDS_AROUND),
      fc.constantFrom(...phones),
      fc.constantFrom('', '。', '）', ' 谢谢'),
    )
    .map(([before, phone, after]) => `${before}${phone}${after}`);

interface Resident {
  name: string;
  phone: string;
}

function opinionsOf(residents: readonly Resident[], typed: readonly string[]): Opinion[] {
  return residents.map((r, i) =>
    opinion({
      residentName: r.name,
      residentPhone: r.phone,
      // Sheets do put numbers where they do not belong: they must be masked on the way to a chart.
      category: i % 4 === 0 ? typed[i % typed.length]! : CATEGORIES[i % CATEGORIES.length]!,
      communityName: i % 5 === 0 ? typed[(i + 1) % typed.length]! : COMMUNITIES[i % COMMUNITIES.length]!,
      content: `${r.name} ${r.phone} 反映楼道堆物`,
      receivedAt: `${2024 + (i % 2)}-0${1 + (i % 6)}-10T09:00:00+08:00`,
      resolved: i % 3 !== 0,
      satisfaction: i % 2 ? 'satisfied' : 'dissatisfied',
    }),
  );
}

/** One card of every kind, each typed field holding one of the texts. */
function cardsOfEveryKind(texts: readonly string[]): Card[] {
  const newId = counter();
  let n = 0;
  const t = () => texts[n++ % texts.length]!;
  const figure = make.manualFigureCard(
    newId,
    t(),
    { unit: t(), denominator: t(), period: t() },
    { notes: t(), sourceNote: t() },
  );
  const table = make.tableChartCard(newId, t(), t(), t());
  if (table.data.source === 'table') {
    table.data.rows = [{ label: t(), values: [3] }];
    table.data.denominator = t();
    table.data.period = t();
  }
  return [
    make.coverCard(newId, t(), { subtitle: t(), dateText: t(), notes: t() }),
    make.welcomeCard(newId, t(), { timeText: t(), agenda: [t(), t()], wifi: t() }),
    make.agendaCard(newId, t()),
    figure,
    make.dataFigureCard(newId, t(), 'total', { comparison: { kind: 'previous', value: 3, label: t() } }),
    make.dataFigureCard(newId, t(), 'categoryCount', { category: t() }),
    table,
    make.dataChartCard(newId, t(), 'byCategory'),
    make.dataChartCard(newId, t(), 'byCommunity'),
    make.dataChartCard(newId, t(), 'yearOnYear'),
    make.dataChartCard(newId, t(), 'groupsByList'),
    {
      ...make.caseCard(newId, t()),
      body: t(),
      before: { mediaId: null, caption: t() },
      after: { mediaId: null, caption: t() },
    },
    make.shortcomingCard(newId, t(), { problem: t(), cause: t(), measure: t() }),
    make.listCard(newId, t(), [{ text: t(), listType: 'immediate' }]),
    make.promisesCard(newId, t()),
    make.closingCard(newId, t(), { contact: t(), nextMeeting: t(), qrText: t() }),
  ];
}

const residentsArb = fc.array(fc.record({ name: nameArb, phone: phoneArb }), { minLength: 1, maxLength: 30 });

function leaks(json: string, residents: readonly Resident[]): string[] {
  const found: string[] = [];
  for (const r of residents) {
    if (json.includes(r.name)) found.push(r.name);
    if (json.includes(r.phone)) found.push(r.phone);
    const narrow = r.phone.replace(/[\uFF10-\uFF19]/g, (c) => String(c.charCodeAt(0) - 0xff10));
    const bare = narrow.replace(/\D/g, '').replace(/^86(?=1)/, '');
    if (json.includes(bare)) found.push(bare);
  }
  return found;
}

describe('no resident name or phone reaches a view', () => {
  it('the built words share no character with the names', () => {
    const built = JSON.stringify([CATEGORIES, COMMUNITIES, MEETING, OFFICE, PREVIOUS_MEETING]);
    for (const c of [...SURNAMES.join(''), ...GIVEN]) expect(built).not.toContain(c);
  });

  it('whatever the opinions and the typed cards hold', () => {
    fc.assert(
      fc.property(
        residentsArb.chain((residents) =>
          fc.tuple(
            fc.constant(residents),
            fc.array(typedArb(residents.map((r) => r.phone)), { minLength: 1, maxLength: 8 }),
            fc.constantFrom('zh-CN' as const, 'en-US' as const),
          ),
        ),
        ([residents, typed, language]) => {
          const opinions = opinionsOf(residents, typed);
          const groups = [
            group({ id: 'g1', kind: 'item', title: typed[0]! }),
            group({ id: 'g2', kind: 'task', title: typed[typed.length - 1]! }),
          ];
          const commitments = [commitment({ id: 'p1', text: typed[0]! })];
          const cards = cardsOfEveryKind(typed);
          const input = viewInput(cards, {
            opinions,
            groups,
            language,
            previous: { meeting: PREVIOUS_MEETING, commitments, followUps: [] },
          });
          const draft = draftCards(
            {
              ...input,
              summary: summarizeOpinions(opinions, () => true),
              hasPrevious: true,
              unresolvedGroupIds: ['g1'],
            },
            counter(),
          );
          const view = buildReportView({
            ...input,
            report: { ...input.report, cards: [...cards, ...draft] },
          });
          expect(leaks(JSON.stringify(view), residents)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the property would catch a leak: an unmasked phone is found', () => {
    const residents = [{ name: '欧阳婷', phone: '138 1234 5678' }];
    expect(leaks('{"text":"138 1234 5678"}', residents)).toEqual(['138 1234 5678']);
    expect(leaks('{"text":"13812345678"}', residents)).toEqual(['13812345678']);
    expect(leaks('{"text":"欧阳婷"}', residents)).toEqual(['欧阳婷']);
  });
});

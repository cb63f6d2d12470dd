import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo, PartScoreView } from '../../../shared/domain';
import { awaitsApproval, filterQuestions } from '../../../shared/logic/live/question-filter';
import { scoreRow } from '../../../renderer/projector/live/live-figures';
import {
  defaultAddress,
  hasHallNetwork,
  interfaceOptions,
} from '../../../renderer/screens/live/gateway/interface-options';
import { joinAddress } from '../../../renderer/screens/live/gateway/join-address';
import { textOfWords, wordsOfText } from '../../../renderer/screens/live/gateway/flagged-words-text';
import { flagSegments } from '../../../renderer/screens/live/questions/flag-segments';
import { channelFigure } from '../../../renderer/screens/live/wrap-up/score-figures';
import { makeQuestion } from '../support/make-question';

const nic = (name: string, address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) =>
  ({ name, address, family, internal }) satisfies NetworkInterfaceInfo;

describe('interface options', () => {
  const lo = nic('lo', '127.0.0.1', 'IPv4', true);
  const lo6 = nic('lo', '::1', 'IPv6', true);
  const wlan = nic('WLAN', '192.168.1.20');
  const wlan6 = nic('WLAN', '2408:8207::5', 'IPv6');
  const linkLocal = nic('WLAN', 'fe80::1c2b:3ff:fe4d:5e6f', 'IPv6');
  const ether = nic('以太网', '10.0.0.8');

  it('puts the hall networks first (IPv4, then IPv6, link-local after), loopback last', () => {
    const options = interfaceOptions([lo, linkLocal, wlan6, lo6, wlan, ether]);
    expect(options.map((o) => o.address)).toEqual([
      '192.168.1.20',
      '10.0.0.8',
      '2408:8207::5',
      'fe80::1c2b:3ff:fe4d:5e6f',
      '127.0.0.1',
      '::1',
    ]);
    expect(options.filter((o) => o.loopback).map((o) => o.address)).toEqual(['127.0.0.1', '::1']);
  });

  it('lists each address once', () => {
    expect(interfaceOptions([wlan, { ...wlan, name: 'Wi-Fi' }])).toHaveLength(1);
  });

  it('knows when only loopback is there (the laptop is on no network)', () => {
    expect(hasHallNetwork(interfaceOptions([lo, lo6]))).toBe(false);
    expect(hasHallNetwork(interfaceOptions([]))).toBe(false);
    expect(hasHallNetwork(interfaceOptions([lo, wlan]))).toBe(true);
  });

  it('preselects the address last used while it is still there, else the first hall network', () => {
    const options = interfaceOptions([lo, wlan, ether]);
    expect(defaultAddress(options, '10.0.0.8')).toBe('10.0.0.8');
    expect(defaultAddress(options, '192.168.9.9')).toBe('192.168.1.20');
    expect(defaultAddress(options, null)).toBe('192.168.1.20');
    expect(defaultAddress(interfaceOptions([lo]), null)).toBe('127.0.0.1');
    expect(defaultAddress([], null)).toBeNull();
  });
});

describe('join address', () => {
  it('writes host:port large and keeps the whole link, token included', () => {
    const url = 'http://192.168.1.20:8686/#k=Abc123Abc123Abc123Abc1';
    expect(joinAddress(url)).toEqual({ hostPort: '192.168.1.20:8686', full: url });
  });

  it('brackets an IPv6 host as a browser takes it', () => {
    expect(joinAddress('http://[2408:8207::5]:8686/#k=x')?.hostPort).toBe('[2408:8207::5]:8686');
  });

  it('is nothing without a link, or with one that is not a URL', () => {
    expect(joinAddress(null)).toBeNull();
    expect(joinAddress('not a url')).toBeNull();
  });
});

describe('flag words text', () => {
  it('reads one word per line, also split by commas and 、, blanks and repeats dropped', () => {
    expect(wordsOfText('傻逼\n\n  混蛋 \n滚蛋，去死、废物\n混蛋\r\nSB')).toEqual([
      '傻逼',
      '混蛋',
      '滚蛋',
      '去死',
      '废物',
      'SB',
    ]);
    expect(wordsOfText(textOfWords(['a', 'b']))).toEqual(['a', 'b']);
  });
});

describe('flag segments', () => {
  it('marks every occurrence, longest word first, any case, and gives the text back whole', () => {
    const text = '他妈的这个sb物业，他妈也不管';
    const segments = flagSegments(text, ['他妈', '他妈的', 'SB']);
    expect(segments.filter((s) => s.flagged).map((s) => s.text)).toEqual(['他妈的', 'sb', '他妈']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves the text as one plain piece without flags, and takes words with regex characters literally', () => {
    expect(flagSegments('停车难', [])).toEqual([{ text: '停车难', flagged: false }]);
    expect(flagSegments('a.b axb', ['a.b'])).toEqual([
      { text: 'a.b', flagged: true },
      { text: ' axb', flagged: false },
    ]);
  });
});

describe('待审核', () => {
  const phone = makeQuestion({ text: '手机来的问题', source: 'phone', approved: false });
  const staff = makeQuestion({ text: '纸条问题' });
  const declined = makeQuestion({
    text: '不予采纳的手机问题',
    source: 'phone',
    approved: false,
    state: 'declined',
    declineReason: '重复',
  });

  it('is an open question not yet approved; an outcome ends the wait', () => {
    expect(awaitsApproval(phone)).toBe(true);
    expect(awaitsApproval(staff)).toBe(false);
    expect(awaitsApproval(declined)).toBe(false);
  });

  it('filters the list to the questions awaiting approval', () => {
    const shown = filterQuestions([staff, phone, declined], { awaitingApproval: true }, 'arrival');
    expect(shown.map((q) => q.id)).toEqual([phone.id]);
    expect(filterQuestions([staff, phone, declined], {}, 'arrival')).toHaveLength(3);
  });
});

describe('score channels', () => {
  const part: PartScoreView = {
    partId: 'p1',
    title: '第一部分',
    hands: { satisfied: 30, basicallySatisfied: 8, dissatisfied: 2 },
    phones: { satisfied: 4, basicallySatisfied: 1, dissatisfied: 1 },
    handsVotes: 40,
    phoneVotes: 6,
    handsRate: 38 / 40,
    phoneRate: 5 / 6,
  };

  it('states each channel over its own votes, never the sum', () => {
    expect(channelFigure(part, 'hands')).toMatchObject({ positive: 38, votes: 40 });
    expect(channelFigure(part, 'phones')).toMatchObject({ positive: 5, votes: 6 });
    expect(scoreRow(part, 'hands')).toMatchObject({ content: 38, votes: 40 });
    expect(scoreRow(part, 'phones')).toMatchObject({ satisfied: 4, content: 5, votes: 6 });
  });

  it('gives the rate only from enough votes, and nothing for a channel without votes', () => {
    expect(channelFigure(part, 'hands')?.rate).not.toBeNull();
    expect(channelFigure(part, 'phones')?.rate).toBeNull();
    const unscored = {
      ...part,
      hands: null,
      handsVotes: 0,
      handsRate: null,
      phones: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
      phoneVotes: 0,
      phoneRate: null,
    };
    expect(channelFigure(unscored, 'hands')).toBeNull();
    expect(channelFigure(unscored, 'phones')).toBeNull();
    expect(scoreRow(unscored, 'phones')).toMatchObject({ content: null, votes: null, satisfied: null });
  });
});

import { describe, expect, it } from 'vitest';
import { findFlaggedWords, tidyFlaggedWords } from '../../shared/logic/live/flag-words';
import { DEFAULT_FLAGGED_WORDS } from '../../shared/domain';

describe('findFlaggedWords', () => {
  const words = ['SB', '狗官', '王八蛋'];

  it('finds words whatever their case or width, as the list spells them, each once, in the list’s order', () => {
    expect(findFlaggedWords('你们都是sb，狗官！ＳＢ', words)).toEqual(['SB', '狗官']);
    expect(findFlaggedWords('王八蛋', words)).toEqual(['王八蛋']);
    expect(findFlaggedWords('ｓＢ', words)).toEqual(['SB']);
  });

  it('sees through spaces and dots typed between the characters', () => {
    expect(findFlaggedWords('狗 官', words)).toEqual(['狗官']);
    expect(findFlaggedWords('王.八·蛋', words)).toEqual(['王八蛋']);
    expect(findFlaggedWords('S　B', words)).toEqual(['SB']);
  });

  it('finds nothing in an ordinary question, and never matches a blank word', () => {
    expect(findFlaggedWords('小区晚上停车难，车位不够', DEFAULT_FLAGGED_WORDS)).toEqual([]);
    expect(findFlaggedWords('停车难', ['', '  ', '·'])).toEqual([]);
    expect(findFlaggedWords('', words)).toEqual([]);
  });
});

describe('tidyFlaggedWords', () => {
  it('trims, drops blanks and keeps one spelling of each word', () => {
    expect(tidyFlaggedWords([' 狗官 ', 'SB', 'ｓｂ', '', '狗官', '废物'])).toEqual(['狗官', 'SB', '废物']);
  });
});

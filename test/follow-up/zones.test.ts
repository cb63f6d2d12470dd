import { describe, it } from 'vitest';
import { expectBeijingRulesIn } from './support/zones';

describe('follow-up dates on a laptop in another zone', () => {
  it('are Beijing dates on America/Los_Angeles (a day behind at Beijing midnight)', () => {
    expectBeijingRulesIn('America/Los_Angeles');
  });

  it('are Beijing dates on Pacific/Kiritimati (UTC+14, a day ahead before Beijing midnight)', () => {
    expectBeijingRulesIn('Pacific/Kiritimati');
  });
});

import { describe, expect, it } from 'vitest';
import { PHONE_HTTP } from '../../shared/api/phone-contract';
import { PHONE_QUESTION_MAX } from '../../shared/domain/phone';
import { PHONE_WIRE, QUESTION_MAX } from '../../renderer/phone/wire';

describe('the page’s copy of the gateway’s surface', () => {
  it('equals PHONE_HTTP and the question limit', () => {
    expect(PHONE_WIRE).toEqual(PHONE_HTTP);
    expect(QUESTION_MAX).toBe(PHONE_QUESTION_MAX);
  });
});

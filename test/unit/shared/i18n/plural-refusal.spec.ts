import { describe, expect, it } from 'vitest';
import { messageWith } from '../../../../shared/domain/limits';
import { validationMessage } from '../../../../shared/i18n/validation-messages';

describe('a refusal that counts', () => {
  it('words its count in the language’s plural forms, never “month(s)”', () => {
    const refusal = (count: number, language: 'fi' | 'sv' | 'en') => validationMessage(messageWith('v.channelHasResults', { count }), language).split(':')[0];
    expect([1, 3].map((count) => refusal(count, 'en'))).toEqual(['This channel has results for one month', 'This channel has results for 3 months']);
    expect([1, 3].map((count) => refusal(count, 'sv'))).toEqual(['Kanalen har resultat för en månad', 'Kanalen har resultat för 3 månader']);
    expect([1, 3].map((count) => refusal(count, 'fi'))).toEqual(['Kanavalla on tuloksia yhdeltä kuukaudelta', 'Kanavalla on tuloksia 3 kuukaudelta']);
  });
});

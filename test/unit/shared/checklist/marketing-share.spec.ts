import { describe, expect, it } from 'vitest';
import { isOverMarketingLimit, marketingShares, postsNeededToFit } from '../../../../shared/checklist/marketing-share';
import { localDate } from '../../../../shared/domain/local-time';
import { post } from './builders';

/** n posts on the Facebook page in March 2026, the first `marketing` of them marketing. */
function march(n: number, marketing: number) {
  return Array.from({ length: n }, (_, i) => post({ id: `p${i}`, date: localDate(`2026-03-${String(i + 1).padStart(2, '0')}`), channelIds: ['fb'], marketing: i < marketing }));
}

const facebookIn = (shares: ReturnType<typeof marketingShares>, month: string) => shares.find((share) => share.month === month && share.channelId === 'fb');

describe('one message in twelve may be marketing', () => {
  it('is within the rule with one marketing post among twelve', () => {
    expect(facebookIn(marketingShares(march(12, 1)), '2026-03')).toEqual({ month: '2026-03', channelId: 'fb', marketing: 1, total: 12, over: false });
  });

  it('tips over when the 13th post of the month is marketing too', () => {
    expect(facebookIn(marketingShares(march(13, 2)), '2026-03')).toEqual({ month: '2026-03', channelId: 'fb', marketing: 2, total: 13, over: true });
    expect(postsNeededToFit(2, 13)).toBe(11);
  });

  it('counts per channel and per calendar month, with a line for all channels together', () => {
    const posts = [
      post({ id: 'a', date: localDate('2026-03-31'), channelIds: ['fb', 'ig'], marketing: true }),
      post({ id: 'b', date: localDate('2026-04-01'), channelIds: ['ig'] }),
    ];
    expect(marketingShares(posts)).toEqual([
      { month: '2026-03', channelId: null, marketing: 1, total: 1, over: true },
      { month: '2026-03', channelId: 'fb', marketing: 1, total: 1, over: true },
      { month: '2026-03', channelId: 'ig', marketing: 1, total: 1, over: true },
      { month: '2026-04', channelId: null, marketing: 0, total: 1, over: false },
      { month: '2026-04', channelId: 'ig', marketing: 0, total: 1, over: false },
    ]);
  });

  it('leaves out cancelled and undated posts', () => {
    const posts = [...march(12, 1), post({ id: 'x', date: localDate('2026-03-20'), channelIds: ['fb'], marketing: true, status: 'cancelled' }), post({ id: 'y', date: null, channelIds: ['fb'], marketing: true })];
    expect(facebookIn(marketingShares(posts), '2026-03')).toMatchObject({ marketing: 1, total: 12, over: false });
    expect(isOverMarketingLimit(0, 0)).toBe(false);
  });
});

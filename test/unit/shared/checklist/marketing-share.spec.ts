import { describe, expect, it } from 'vitest';
import { marketingShares } from '../../../../shared/checklist/marketing-share';
import { localDate } from '../../../../shared/domain/local-time';
import { post } from './builders';

/** n posts on the Facebook page from 1 March 2026, one a day; `marketing` says which days (1-based) are marketing. */
function daily(n: number, marketing: number[], start = 1) {
  return Array.from({ length: n }, (_, i) => {
    const day = start + i;
    const date = new Date(Date.UTC(2026, 2, day)).toISOString().slice(0, 10);
    return post({ id: `p${day}`, date: localDate(date), channelIds: ['fb'], marketing: marketing.includes(day) });
  });
}

const facebookIn = (shares: ReturnType<typeof marketingShares>, month: string) => shares.find((share) => share.month === month && share.channelId === 'fb');

describe('one message in twelve may be marketing, judged over a channel’s last twelve posts', () => {
  it('is within the rule with one marketing post among nine (a month’s share of 1/9 was “over” before)', () => {
    expect(facebookIn(marketingShares(daily(9, [3])), '2026-03')).toEqual({ month: '2026-03', channelId: 'fb', marketing: 1, total: 9, over: false, neededToFit: 0 });
  });

  it('tips over with a second marketing post while the first is among the last twelve, and says how many ordinary posts it takes', () => {
    // Marketing on days 5 and 13 of 13: both among the last twelve; day 13's partner must slide out, 4 more posts.
    expect(facebookIn(marketingShares(daily(13, [5, 13])), '2026-03')).toEqual({ month: '2026-03', channelId: 'fb', marketing: 2, total: 12, over: true, neededToFit: 4 });
  });

  it('is within the rule again once the older marketing post is more than twelve posts back', () => {
    expect(facebookIn(marketingShares(daily(13, [1, 13])), '2026-03')).toMatchObject({ marketing: 1, total: 12, over: false });
  });

  it('counts last month’s posts in this month’s twelve, and reports only the months asked for', () => {
    const posts = [...daily(5, [30], 26), ...daily(3, [33], 31)];
    // 26–30 March (marketing on the 30th), then 31 March–2 April (marketing on 2 April): both in April's last twelve.
    const shares = marketingShares(posts, '2026-04');
    expect(shares.map((share) => share.month)).toEqual(['2026-04', '2026-04']);
    expect(facebookIn(shares, '2026-04')).toMatchObject({ marketing: 2, total: 8, over: true });
  });

  it('judges all channels together and each channel with posts that month', () => {
    const posts = [
      post({ id: 'a', date: localDate('2026-03-31'), channelIds: ['fb', 'ig'], marketing: true }),
      post({ id: 'b', date: localDate('2026-04-01'), channelIds: ['ig'], marketing: true }),
    ];
    expect(marketingShares(posts)).toEqual([
      { month: '2026-03', channelId: null, marketing: 1, total: 1, over: false, neededToFit: 0 },
      { month: '2026-03', channelId: 'fb', marketing: 1, total: 1, over: false, neededToFit: 0 },
      { month: '2026-03', channelId: 'ig', marketing: 1, total: 1, over: false, neededToFit: 0 },
      { month: '2026-04', channelId: null, marketing: 2, total: 2, over: true, neededToFit: 11 },
      { month: '2026-04', channelId: 'ig', marketing: 2, total: 2, over: true, neededToFit: 11 },
    ]);
  });

  it('leaves out cancelled and undated posts', () => {
    const posts = [...daily(9, [3]), post({ id: 'x', date: localDate('2026-03-05'), channelIds: ['fb'], marketing: true, status: 'cancelled' }), post({ id: 'y', date: null, channelIds: ['fb'], marketing: true })];
    expect(facebookIn(marketingShares(posts), '2026-03')).toMatchObject({ marketing: 1, total: 9, over: false });
  });
});

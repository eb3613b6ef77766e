import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/domain/local-time';
import type { MonthNumbers } from '../../../../shared/results/channel-results';
import { emptyNumbers, futureMonthIssue, MonthResult } from '../../../../shared/results/channel-results';
import { yearSummary } from '../../../../shared/results/year-summary';

const month = (values: Partial<MonthNumbers>): MonthNumbers => ({ ...emptyNumbers, ...values });
const messages = (input: unknown) => MonthResult.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('results validation', () => {
  it('refuses negative numbers, fractions, text and months that are not months', () => {
    expect(messages({ channelId: 'fb', month: '2026-10', numbers: month({ followers: -1 }) })).toEqual(['numbers.followers: v.resultNegative']);
    expect(messages({ channelId: 'fb', month: '2026-10', numbers: month({ reach: 1.5 }) })).toEqual(['numbers.reach: v.wholeNumber']);
    expect(messages({ channelId: 'fb', month: '2026-10', numbers: { ...month({}), posts: '12' } })).toEqual(['numbers.posts: v.wholeNumber']);
    expect(messages({ channelId: 'fb', month: '2026-10', numbers: month({ posts: Number.NaN }) })).toEqual(['numbers.posts: v.wholeNumber']);
    expect(messages({ channelId: 'fb', month: '2026-00', numbers: month({}) })).toEqual(['month: v.resultMonthInvalid']);
    expect(messages({ channelId: 'fb', month: '2026-10', numbers: month({ followers: 0, posts: 12 }) })).toEqual([]);
  });

  it('takes this month and earlier, and refuses a month still to come (in the association’s calendar)', () => {
    expect(futureMonthIssue('2026-11', localDate('2026-11-30'))).toBeNull();
    expect(futureMonthIssue('2025-12', localDate('2026-01-01'))).toBeNull();
    expect(futureMonthIssue('2026-12', localDate('2026-11-30'))).toEqual({ path: 'month', message: 'v.resultFutureMonth', received: '2026-12' });
    expect(futureMonthIssue('2027-01', localDate('2026-12-31'))).not.toBeNull();
  });
});

describe('a channel’s year against its goal', () => {
  const channel = { id: 'fb', goal: 'Näkyvyys kylällä', postsPerWeek: 2 };
  const results = {
    fb: {
      '2025-12': month({ followers: 380, posts: 30 }),
      '2026-09': month({ followers: 400, newFollowers: 10, posts: 8, commentsPositive: 20, commentsNegative: 1, messagesAnswered: 4 }),
      '2026-10': month({ followers: 412, newFollowers: 12, posts: 9, commentsPositive: 25, commentsNegative: 3, reach: 5000 }),
      '2026-11': month({ newFollowers: 6, posts: 7 }),
    },
    ig: { '2026-10': month({ posts: 100 }) },
  };

  it('sums the months of that year only, and shows followers where the year began and ended', () => {
    expect(yearSummary(channel, results, 2026)).toEqual({
      year: 2026,
      goal: 'Näkyvyys kylällä',
      months: 3,
      followersFirst: 400,
      followersLast: 412,
      newFollowers: 28,
      posts: 24,
      // 30 + 31 + 30 days = 91 days = 13 weeks × 2.
      postsTarget: 26,
      commentsPositive: 45,
      commentsNegative: 4,
      messagesAnswered: 4,
      reach: 5000,
    });
  });

  it('leaves a number nobody entered unknown rather than zero, and has no target without a cadence', () => {
    const summary = yearSummary({ ...channel, postsPerWeek: null }, results, 2025);
    expect(summary).toMatchObject({ months: 1, followersFirst: 380, followersLast: 380, posts: 30, newFollowers: null, reach: null, postsTarget: null });
    expect(yearSummary(channel, results, 2024)).toMatchObject({ months: 0, posts: null, postsTarget: null, followersFirst: null });
  });
});

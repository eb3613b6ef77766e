import { describe, expect, it } from 'vitest';
import { channelStaleness, staleness, wentOut } from '../../../../shared/checklist/staleness';
import { localDate } from '../../../../shared/domain/local-time';
import { post } from './builders';

const today = localDate('2026-06-20');
const d = localDate;

describe('staleness: a page silent for months looks dead', () => {
  it('warns about a channel silent for 15 days (past the 14-day threshold)', () => {
    expect(staleness(d('2026-06-05'), null, today, 14)).toEqual({ lastPost: '2026-06-05', nextPost: null, daysSince: 15, daysUntilNext: null, state: 'stale' });
  });

  it('is fine with a post 10 days ago and the next one planned in 3 days', () => {
    expect(staleness(d('2026-06-10'), d('2026-06-23'), today, 14)).toMatchObject({ daysSince: 10, daysUntilNext: 3, state: 'ok' });
  });

  it('warns ahead when the gap to the next planned post will pass the threshold, or nothing is planned', () => {
    expect(staleness(d('2026-06-10'), d('2026-06-30'), today, 14).state).toBe('will-go-stale');
    expect(staleness(d('2026-06-18'), null, today, 14).state).toBe('will-go-stale');
  });

  it('tells a channel that has never posted apart from one whose first post is coming soon', () => {
    expect(staleness(null, null, today, 14).state).toBe('never-posted');
    expect(staleness(null, d('2026-06-25'), today, 14).state).toBe('ok');
  });

  it('finds the channel’s last post that went out and its next planned one', () => {
    const posts = [
      post({ id: 'a', date: d('2026-06-01'), channelIds: ['fb'], status: 'published' }),
      post({ id: 'b', date: d('2026-06-05'), channelIds: ['fb'], status: 'approved' }),
      post({ id: 'c', date: d('2026-06-12'), channelIds: ['fb'], status: 'cancelled' }),
      post({ id: 'd', date: d('2026-06-14'), channelIds: ['ig'], status: 'published' }),
      post({ id: 'e', date: d('2026-06-28'), channelIds: ['fb'], status: 'draft' }),
    ];
    expect(channelStaleness('fb', posts, today, 14)).toEqual({ lastPost: '2026-06-05', nextPost: '2026-06-28', daysSince: 15, daysUntilNext: 8, state: 'stale' });
  });

  it('counts a post as gone out when published, or approved for a day that has passed', () => {
    expect(wentOut(post({ date: d('2026-06-19'), status: 'approved' }), today)).toBe(true);
    expect(wentOut(post({ date: d('2026-06-20'), status: 'approved' }), today)).toBe(false);
    expect(wentOut(post({ date: d('2026-06-19'), status: 'draft' }), today)).toBe(false);
  });
});

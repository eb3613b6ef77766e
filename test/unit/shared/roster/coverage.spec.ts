import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';
import { coverageGaps, postCoverage, responseWindow } from '../../../../shared/roster/coverage';
import { away, d, duty, volunteer } from './builders';

const post = (fields: Partial<Post>): Post => newPost({ title: 'Joulumyyjäiset', status: 'approved', channelIds: ['fb'], ...fields }, 'p1', '2026-11-25T10:00:00.000Z');
const aino = volunteer('Aino');

describe('response window', () => {
  it('is 48 hours: a 9.00 post needs its day and the two after, an untimed or midnight one its day and the next', () => {
    expect(responseWindow(d('2026-12-10'), '09:00', 48)).toEqual({ from: '2026-12-10', to: '2026-12-12' });
    expect(responseWindow(d('2026-12-10'), null, 48)).toEqual({ from: '2026-12-10', to: '2026-12-11' });
    expect(responseWindow(d('2026-12-10'), '00:00', 48)).toEqual({ from: '2026-12-10', to: '2026-12-11' });
    expect(responseWindow(d('2026-12-10'), '23:30', 24)).toEqual({ from: '2026-12-10', to: '2026-12-11' });
    expect(responseWindow(d('2026-12-31'), '18:00', 12)).toEqual({ from: '2026-12-31', to: '2027-01-01' });
  });
});

describe('coverage of posts by response duty', () => {
  it('covers a post whose whole window falls inside someone’s response duty', () => {
    const result = postCoverage(post({ date: d('2026-12-08'), time: '09:00' as Post['time'] }), [duty('aino', '2026-12-07', '2026-12-13')], [aino]);
    expect(result).toMatchObject({ covered: true, uncovered: [], responders: ['aino'] });
  });

  it('flags the days after the duty ends: a Saturday post when the duty ends on Sunday', () => {
    const result = postCoverage(post({ date: d('2026-12-12'), time: '09:00' as Post['time'] }), [duty('aino', '2026-12-07', '2026-12-13')], [aino]);
    expect(result).toMatchObject({ covered: false, uncovered: [{ channelId: 'fb', days: ['2026-12-14'] }] });
  });

  it('counts only duties for the post’s channel (a duty without channels covers all)', () => {
    const igDuty = duty('aino', '2026-12-07', '2026-12-13', { channelIds: ['ig'] });
    const result = postCoverage(post({ date: d('2026-12-08'), channelIds: ['fb', 'ig'] }), [igDuty], [aino]);
    expect(result.uncovered).toEqual([{ channelId: 'fb', days: ['2026-12-08', '2026-12-09'] }]);
  });

  it('counts a declined duty as a gap, and an accepted one as a duty (issue 16 item 6)', () => {
    const days = { date: d('2026-12-08') };
    expect(postCoverage(post(days), [duty('aino', '2026-12-07', '2026-12-13', { answer: 'declined' })], [aino])).toMatchObject({ covered: false, responders: [] });
    expect(postCoverage(post(days), [duty('aino', '2026-12-07', '2026-12-13', { answer: 'accepted' })], [aino])).toMatchObject({ covered: true, responders: ['aino'] });
  });

  it('does not count a gap, nor someone away or inactive on those days', () => {
    const days = { date: d('2026-12-08') };
    expect(postCoverage(post(days), [duty(null, '2026-12-07', '2026-12-13')], [aino]).covered).toBe(false);
    const awayAino = volunteer('Aino', { away: [away('2026-12-09', '2026-12-09')] });
    expect(postCoverage(post(days), [duty('aino', '2026-12-07', '2026-12-13')], [awayAino]).uncovered).toEqual([{ channelId: 'fb', days: ['2026-12-09'] }]);
    expect(postCoverage(post(days), [duty('aino', '2026-12-07', '2026-12-13')], [volunteer('Aino', { active: false })]).covered).toBe(false);
    // Response duty only: a posting duty does not answer messages.
    expect(postCoverage(post(days), [duty('aino', '2026-12-07', '2026-12-13', { type: 'posting' })], [aino]).covered).toBe(false);
  });

  it('lets two duties share the window, and counts the post’s own named responder', () => {
    const split = [duty('aino', '2026-12-07', '2026-12-13'), duty('ben', '2026-12-14', '2026-12-20')];
    expect(postCoverage(post({ date: d('2026-12-13'), time: '12:00' as Post['time'] }), split, [aino, volunteer('Ben')]).covered).toBe(true);
    expect(postCoverage(post({ date: d('2026-12-13'), responderId: 'ben' }), [], [volunteer('Ben')])).toMatchObject({ covered: true, responders: ['ben'] });
  });

  it('needs any response duty for a post without channels', () => {
    const igDuty = duty('aino', '2026-12-07', '2026-12-13', { channelIds: ['ig'] });
    expect(postCoverage(post({ date: d('2026-12-08'), channelIds: [] }), [igDuty], [aino]).covered).toBe(true);
    expect(postCoverage(post({ date: d('2026-12-08'), channelIds: [] }), [], [aino]).uncovered).toEqual([{ channelId: null, days: ['2026-12-08', '2026-12-09'] }]);
  });

  it('leaves out posts that do not go out: cancelled or without a date', () => {
    const posts = [post({ date: d('2026-12-08'), status: 'cancelled' }), post({ date: null }), { ...post({ date: d('2026-12-20') }), id: 'p2' }];
    expect(coverageGaps(posts, [], [aino])).toMatchObject({ goingOut: 1, gaps: [{ postId: 'p2', covered: false }] });
  });

  it('sends a view the posts with a gap and a count of those going out, not the covered ones (issue 14)', () => {
    const onDuty = duty('aino', '2026-12-07', '2026-12-13');
    const posts = [{ ...post({ date: d('2026-12-08') }), id: 'covered' }, { ...post({ date: d('2026-12-20') }), id: 'gap' }, post({ date: d('2026-12-09'), status: 'cancelled' })];
    const gaps = coverageGaps(posts, [onDuty], [aino]);
    expect(gaps.goingOut).toBe(2);
    expect(gaps.gaps.map((gap) => gap.postId)).toEqual(['gap']);
  });
});

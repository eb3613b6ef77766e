import { describe, expect, it } from 'vitest';
import { dayInDirection, moveChanges, movedPost, placementOf, restoreChanges, withPendingMoves } from '../../../../shared/calendar/reschedule';
import { instantOf } from '../../../../shared/calendar/zoned-time';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import { applyPostChanges, newPost } from '../../../../shared/domain/post';

const NOW = '2026-03-01T10:00:00.000Z';
const post = (id: string, date: string | null, time: string | null = null) =>
  newPost({ title: id, date: date ? localDate(date) : null, time: time ? localTime(time) : null }, id, NOW);

describe('moving a post to another day', () => {
  it('changes only the date, so 09:00 stays 09:00 across the last Sunday of March', () => {
    const before = post('p', '2026-03-27', '09:00');
    const changes = moveChanges(before, localDate('2026-03-30'));
    expect(changes).toEqual({ date: '2026-03-30' });
    const after = applyPostChanges(before, changes ?? {}, NOW);
    expect(after).toMatchObject({ date: '2026-03-30', time: '09:00' });
    // The moment it goes out moves with summer time: 07:00 UTC before, 06:00 UTC after.
    expect(instantOf(before.date!, before.time!, 'Europe/Helsinki')).toBe('2026-03-27T07:00:00.000Z');
    expect(instantOf(after.date!, after.time!, 'Europe/Helsinki')).toBe('2026-03-30T06:00:00.000Z');
  });

  it('asks for no change when the post is dropped on its own day', () => {
    expect(moveChanges(post('p', '2026-03-27'), localDate('2026-03-27'))).toBeNull();
  });

  it('unschedules a post, and undo puts back both its date and its time', () => {
    const before = post('p', '2026-03-27', '18:30');
    const unscheduled = applyPostChanges(before, moveChanges(before, null) ?? {}, NOW);
    expect(unscheduled).toMatchObject({ date: null, time: null });
    const undone = applyPostChanges(unscheduled, restoreChanges(placementOf(before)), NOW);
    expect(undone).toMatchObject({ date: '2026-03-27', time: '18:30' });
  });

  it('shows a post on its new day while the move is on its way, and no longer on the old one', () => {
    const a = post('a', '2026-03-02', '09:00');
    const b = post('b', '2026-03-03');
    const range = { from: localDate('2026-03-02'), to: localDate('2026-03-08') };
    const moved = withPendingMoves([a, b], [{ post: a, to: localDate('2026-03-05') }], range);
    expect(moved.map((p) => [p.id, p.date, p.time])).toEqual([
      ['b', '2026-03-03', null],
      ['a', '2026-03-05', '09:00'],
    ]);
    expect(withPendingMoves([a, b], [{ post: a, to: localDate('2026-04-05') }], range).map((p) => p.id)).toEqual(['b']);
    expect(withPendingMoves([], [{ post: a, to: null }], 'undated').map((p) => movedPost(p, null).date)).toEqual([null]);
  });
});

describe('arrow keys while moving a post', () => {
  it('move a day sideways and a week up or down in the month view', () => {
    const day = localDate('2026-03-31');
    expect(dayInDirection(day, 'ArrowRight', 'month')).toBe('2026-04-01');
    expect(dayInDirection(day, 'ArrowLeft', 'month')).toBe('2026-03-30');
    expect(dayInDirection(day, 'ArrowDown', 'month')).toBe('2026-04-07');
    expect(dayInDirection(day, 'ArrowUp', 'month')).toBe('2026-03-24');
  });

  it('cross the turn of the year', () => {
    expect(dayInDirection(localDate('2026-12-31'), 'ArrowDown', 'month')).toBe('2027-01-07');
  });
});

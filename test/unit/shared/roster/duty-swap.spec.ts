import { describe, expect, it } from 'vitest';
import { awayAfterSwap, swapDuties, swapProblem } from '../../../../shared/roster/duty-swap';
import { away, duty, volunteer } from './builders';

describe('swapping duties', () => {
  it('exchanges the holders of two duties, and swapping again restores them', () => {
    const first = duty('aino', '2026-12-07', '2026-12-13');
    const second = duty('ben', '2026-12-14', '2026-12-20');
    const [a, b] = swapDuties(first, second);
    expect([a.volunteerId, a.from, b.volunteerId, b.from]).toEqual(['ben', '2026-12-07', 'aino', '2026-12-14']);
    expect(swapDuties(a, b)).toEqual([first, second]);
  });

  it('moves a person into a gap', () => {
    const [a, b] = swapDuties(duty('aino', '2026-12-07', '2026-12-13'), duty(null, '2026-12-14', '2026-12-20'));
    expect([a.volunteerId, b.volunteerId]).toEqual([null, 'aino']);
  });

  it('refuses swaps that would change nothing', () => {
    const first = duty('aino', '2026-12-07', '2026-12-13');
    expect(swapProblem(first, first)).toBe('same-duty');
    expect(swapProblem(first, duty('aino', '2026-12-14', '2026-12-20'))).toBe('same-person');
    expect(swapProblem(duty(null, '2026-12-07', '2026-12-13'), duty(null, '2026-12-14', '2026-12-20'))).toBe('both-gaps');
    expect(swapProblem(first, duty('ben', '2026-12-14', '2026-12-20'))).toBeNull();
  });

  it('names who a swap would put on days they are away', () => {
    const aino = volunteer('Aino');
    const ben = volunteer('Ben', { away: [away('2026-12-09', '2026-12-10')] });
    expect(awayAfterSwap(duty('aino', '2026-12-07', '2026-12-13'), duty('ben', '2026-12-14', '2026-12-20'), [aino, ben])).toEqual(['ben']);
    expect(awayAfterSwap(duty('aino', '2026-12-21', '2026-12-27'), duty('ben', '2026-12-14', '2026-12-20'), [aino, ben])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { coversChannels, dutyConflicts, isEligible, sameRota, upcomingDutiesOf } from '../../../../shared/roster/duty-rules';
import { away, d, duty, volunteer } from './builders';

describe('who may take a duty', () => {
  it('needs an active volunteer with the duty type’s role', () => {
    expect(isEligible(volunteer('Aino', { roles: ['responder'] }), 'response', [])).toBe(true);
    expect(isEligible(volunteer('Aino', { roles: ['poster'] }), 'response', [])).toBe(false);
    expect(isEligible(volunteer('Aino', { roles: ['photographer'] }), 'photography', [])).toBe(true);
    expect(isEligible(volunteer('Aino', { active: false }), 'response', [])).toBe(false);
  });

  it('needs the volunteer to work with every channel of the duty (no channels listed = all channels)', () => {
    expect(coversChannels(volunteer('A'), ['fb'])).toBe(true);
    expect(coversChannels(volunteer('A', { channelIds: ['fb', 'ig'] }), ['fb'])).toBe(true);
    expect(coversChannels(volunteer('A', { channelIds: ['fb'] }), ['fb', 'ig'])).toBe(false);
    // A duty for every channel needs someone who works with every channel.
    expect(coversChannels(volunteer('A', { channelIds: ['fb'] }), [])).toBe(false);
  });

  it('keeps a Facebook rota and an Instagram rota apart', () => {
    expect(sameRota(duty('a', '2026-12-07', '2026-12-13', { channelIds: ['fb'] }), 'response', ['fb'])).toBe(true);
    expect(sameRota(duty('a', '2026-12-07', '2026-12-13', { channelIds: ['ig'] }), 'response', ['fb'])).toBe(false);
    expect(sameRota(duty('a', '2026-12-07', '2026-12-13', { type: 'posting' }), 'response', [])).toBe(false);
  });
});

describe('conflicts', () => {
  it('flags a duty whose holder is away during it, and not one outside the away days', () => {
    const aino = volunteer('Aino', { away: [away('2026-12-10', '2026-12-12')] });
    const during = duty('aino', '2026-12-07', '2026-12-13');
    const after = duty('aino', '2026-12-14', '2026-12-20');
    const conflicts = dutyConflicts([during, after], [aino]);
    expect(conflicts.get(during.id)).toMatchObject([{ kind: 'away', periods: [{ from: '2026-12-10' }] }]);
    expect(conflicts.has(after.id)).toBe(false);
  });

  it('flags the duties beyond a monthly limit, counted by the month a duty starts in', () => {
    const ben = volunteer('Ben', { maxDutiesPerMonth: 2 });
    const duties = [duty('ben', '2026-12-21', '2026-12-27'), duty('ben', '2026-12-07', '2026-12-13'), duty('ben', '2026-12-28', '2027-01-03'), duty('ben', '2027-01-04', '2027-01-10')];
    const conflicts = dutyConflicts(duties, [ben]);
    expect([...conflicts.keys()]).toEqual([duties[2].id]);
    expect(conflicts.get(duties[2].id)).toEqual([{ kind: 'over-limit', limit: 2, month: '2026-12' }]);
  });

  it('flags duties of an inactive or removed volunteer; gaps have none', () => {
    const gone = duty('nobody-here', '2026-12-07', '2026-12-13');
    const inactive = duty('cai', '2026-12-07', '2026-12-13');
    const gap = duty(null, '2026-12-07', '2026-12-13');
    const conflicts = dutyConflicts([gone, inactive, gap], [volunteer('Cai', { active: false })]);
    expect(conflicts.get(gone.id)).toEqual([{ kind: 'unknown-volunteer' }]);
    expect(conflicts.get(inactive.id)).toEqual([{ kind: 'inactive' }]);
    expect(conflicts.has(gap.id)).toBe(false);
  });

  it('lists the duties someone still holds from today on', () => {
    const duties = [duty('aino', '2026-11-16', '2026-11-22'), duty('aino', '2026-11-23', '2026-11-29'), duty('ben', '2026-11-30', '2026-12-06')];
    expect(upcomingDutiesOf('aino', duties, d('2026-11-25')).map((x) => x.from)).toEqual(['2026-11-23']);
  });
});

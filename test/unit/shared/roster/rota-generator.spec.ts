import { describe, expect, it } from 'vitest';
import type { RotaRequest } from '../../../../shared/roster/rota-generator';
import { proposeRota, slotsOf } from '../../../../shared/roster/rota-generator';
import { away, d, duty, volunteer } from './builders';

const fourWeeks = { type: 'response', from: d('2026-12-07'), to: d('2027-01-03'), periodDays: 7, channelIds: [], duties: [] } satisfies Partial<RotaRequest>;
const names = (request: RotaRequest) => proposeRota(request).slots.map((slot) => slot.volunteerId);

describe('rota generator', () => {
  it('cuts the range into periods of the given length, the last one cut short', () => {
    expect(slotsOf(d('2026-12-07'), d('2026-12-23'), 7)).toEqual([
      { from: '2026-12-07', to: '2026-12-13' },
      { from: '2026-12-14', to: '2026-12-20' },
      { from: '2026-12-21', to: '2026-12-23' },
    ]);
  });

  it('takes turns: three volunteers over four weeks, nobody twice in a row, spread 2-1-1', () => {
    const volunteers = [volunteer('Cai'), volunteer('Aino'), volunteer('Ben')];
    expect(names({ ...fourWeeks, volunteers })).toEqual(['aino', 'ben', 'cai', 'aino']);
  });

  it('skips a volunteer who is away that week, even for one day of it', () => {
    const volunteers = [volunteer('Aino', { away: [away('2026-12-13', '2026-12-13')] }), volunteer('Ben'), volunteer('Cai')];
    const proposal = proposeRota({ ...fourWeeks, volunteers });
    expect(proposal.slots[0].volunteerId).not.toBe('aino');
    expect(proposal.slots[0].blocked).toEqual([{ volunteerId: 'aino', reason: 'away' }]);
    expect(proposal.slots.map((slot) => slot.volunteerId)).toEqual(['ben', 'aino', 'cai', 'ben']);
  });

  it('skips someone who has reached their monthly limit, counting duties of every type already stored', () => {
    const volunteers = [volunteer('Aino', { maxDutiesPerMonth: 1 }), volunteer('Ben')];
    const photography = duty('aino', '2026-12-01', '2026-12-01', { type: 'photography' });
    const proposal = proposeRota({ ...fourWeeks, to: d('2026-12-27'), volunteers, duties: [photography] });
    expect(proposal.slots.map((slot) => slot.volunteerId)).toEqual(['ben', 'ben', 'ben']);
    expect(proposal.slots.every((slot) => slot.blocked.some((b) => b.volunteerId === 'aino' && b.reason === 'limit'))).toBe(true);
    expect(proposal.slots.slice(1).every((slot) => slot.backToBack)).toBe(true);
  });

  it('gives the same person two weeks in a row only when nobody else is free, and says so', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben', { away: [away('2026-12-14', '2026-12-20')] })];
    const proposal = proposeRota({ ...fourWeeks, volunteers });
    expect(proposal.slots.map((slot) => [slot.volunteerId, slot.backToBack])).toEqual([
      ['aino', false],
      ['aino', true],
      ['ben', false],
      ['aino', false],
    ]);
  });

  it('avoids the holder of the stored duty just before and just after the range', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben'), volunteer('Cai')];
    const before = duty('aino', '2026-11-30', '2026-12-06');
    const after = duty('cai', '2027-01-04', '2027-01-10');
    expect(names({ ...fourWeeks, volunteers, duties: [before, after] })).toEqual(['ben', 'cai', 'aino', 'ben']);
  });

  it('evens out the last months: whoever had the most recent duties waits', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben'), volunteer('Cai')];
    const history = [duty('aino', '2026-11-02', '2026-11-08'), duty('aino', '2026-11-16', '2026-11-22'), duty('ben', '2026-11-09', '2026-11-15')];
    // Cai has none, Ben one, Aino two: Cai first, then Ben, then whoever is fewest and least recent.
    expect(names({ ...fourWeeks, volunteers, duties: history })).toEqual(['cai', 'ben', 'cai', 'aino']);
    // History older than the window (3 months) no longer counts, but "least recently" still does.
    const old = [duty('aino', '2026-06-01', '2026-06-07'), duty('aino', '2026-06-08', '2026-06-14')];
    expect(names({ ...fourWeeks, volunteers, duties: old })).toEqual(['ben', 'cai', 'aino', 'ben']);
  });

  it('is deterministic: the same input in any order gives the same proposal', () => {
    const volunteers = [volunteer('Aino', { away: [away('2026-12-20', '2026-12-27')] }), volunteer('Ben', { maxDutiesPerMonth: 1 }), volunteer('Cai'), volunteer('Dora')];
    const duties = [duty('dora', '2026-11-23', '2026-11-29'), duty('cai', '2026-11-30', '2026-12-06')];
    const first = proposeRota({ ...fourWeeks, volunteers, duties });
    expect(proposeRota({ ...fourWeeks, volunteers: [...volunteers].reverse(), duties: [...duties].reverse() })).toEqual(first);
    expect(proposeRota({ ...fourWeeks, volunteers, duties })).toEqual(first);
  });

  it('reports a gap with the reason when everyone is away or at their limit', () => {
    const volunteers = [volunteer('Aino', { away: [away('2026-12-07', '2026-12-13')] }), volunteer('Ben', { maxDutiesPerMonth: 0 })];
    const proposal = proposeRota({ ...fourWeeks, to: d('2026-12-13'), volunteers });
    expect(proposal.slots).toEqual([
      {
        from: '2026-12-07',
        to: '2026-12-13',
        volunteerId: null,
        blocked: [
          { volunteerId: 'aino', reason: 'away' },
          { volunteerId: 'ben', reason: 'limit' },
        ],
        gap: { kind: 'all-blocked', blocked: [{ volunteerId: 'aino', reason: 'away' }, { volunteerId: 'ben', reason: 'limit' }] },
        backToBack: false,
      },
    ]);
  });

  it('reports a gap when nobody active has the role or the channels', () => {
    const volunteers = [volunteer('Aino', { roles: ['poster'] }), volunteer('Ben', { active: false }), volunteer('Cai', { channelIds: ['ig'] })];
    const proposal = proposeRota({ ...fourWeeks, channelIds: ['fb'], volunteers });
    expect(proposal.eligible).toEqual([]);
    expect(proposal.slots.every((slot) => slot.gap?.kind === 'nobody-eligible')).toBe(true);
  });

  it('replaces the stored duties of the same rota in the range, and ignores them for fairness', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben')];
    const inRange = duty('aino', '2026-12-14', '2026-12-20');
    const otherRota = duty('aino', '2026-12-14', '2026-12-20', { channelIds: ['ig'] });
    const proposal = proposeRota({ ...fourWeeks, volunteers, duties: [inRange, otherRota] });
    expect(proposal.replaces).toEqual([inRange.id]);
    expect(proposal.slots.map((slot) => slot.volunteerId)).toEqual(['aino', 'ben', 'aino', 'ben']);
  });
});

import { describe, expect, it } from 'vitest';
import type { RotaRequest } from '../../../../shared/roster/rota-generator';
import { proposeRota } from '../../../../shared/roster/rota-generator';
import { whyNoDuties } from '../../../../shared/roster/rota-reasons';
import { away, d, duty, volunteer } from './builders';

const twoWeeks = { type: 'response', from: d('2026-12-07'), to: d('2026-12-20'), periodDays: 7, channelIds: [], duties: [] } satisfies Partial<RotaRequest>;

describe('why someone got no duties in a rota proposal', () => {
  it('names the away, the ones at their limit, the ones others went before, and those not on this rota', () => {
    const volunteers = [
      volunteer('Aino'),
      volunteer('Ben'),
      volunteer('Cai', { away: [away('2026-12-01', '2026-12-31')] }),
      volunteer('Dana', { maxDutiesPerMonth: 0 }),
      volunteer('Eero', { away: [away('2026-12-07', '2026-12-07')], maxDutiesPerMonth: 0 }),
      volunteer('Fanni'),
      volunteer('Gus', { roles: ['photographer'] }),
      volunteer('Hilla', { active: false }),
    ];
    const proposal = proposeRota({ ...twoWeeks, volunteers });
    const assigned = proposal.slots.map((slot) => slot.volunteerId);
    expect(assigned).toEqual(['aino', 'ben']);
    expect(whyNoDuties(proposal, assigned, volunteers)).toEqual([
      { volunteerId: 'cai', reason: 'away' },
      { volunteerId: 'dana', reason: 'limit' },
      { volunteerId: 'eero', reason: 'away-or-limit' },
      { volunteerId: 'fanni', reason: 'others-first', before: { duties: 0, months: 3 } },
      { volunteerId: 'gus', reason: 'not-eligible' },
    ]);
  });

  it('follows the choices made in the table: whoever is picked has a duty, whoever is taken off gets a reason', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben'), volunteer('Cai')];
    const proposal = proposeRota({ ...twoWeeks, volunteers });
    expect(whyNoDuties(proposal, ['cai', ''], volunteers).map((entry) => entry.volunteerId)).toEqual(['aino', 'ben']);
  });

  it('says how many duties of the rota someone free already had in the months before it', () => {
    const volunteers = [volunteer('Aino'), volunteer('Ben'), volunteer('Cai')];
    // Aino and Ben held two November weeks each, Cai one (the week before): Aino waited longer than Ben, then Cai.
    const duties = [duty('aino', '2026-11-02', '2026-11-08'), duty('aino', '2026-11-16', '2026-11-22'), duty('ben', '2026-11-09', '2026-11-15'), duty('ben', '2026-11-23', '2026-11-29'), duty('cai', '2026-11-30', '2026-12-06')];
    const proposal = proposeRota({ ...twoWeeks, volunteers, duties });
    const assigned = proposal.slots.map((slot) => slot.volunteerId);
    expect(assigned).toEqual(['aino', 'cai']);
    expect(whyNoDuties(proposal, assigned, volunteers)).toEqual([{ volunteerId: 'ben', reason: 'others-first', before: { duties: 2, months: 3 } }]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadPerVolunteer } from '../../../../shared/roster/duty-load';
import { duty, volunteer } from './builders';

describe('load per volunteer', () => {
  it('counts duties per type for every active volunteer, zero included, most loaded first', () => {
    const duties = [duty('ben', '2026-12-07', '2026-12-13'), duty('ben', '2026-12-10', '2026-12-10', { type: 'photography' }), duty('aino', '2026-12-14', '2026-12-20'), duty(null, '2026-12-21', '2026-12-27')];
    const loads = loadPerVolunteer(duties, [volunteer('Aino'), volunteer('Ben'), volunteer('Cai')]);
    expect(loads.map((load) => [load.name, load.total, load.byType.response, load.byType.photography])).toEqual([
      ['Ben', 2, 1, 1],
      ['Aino', 1, 1, 0],
      ['Cai', 0, 0, 0],
    ]);
  });

  it('shows an inactive volunteer only when they held a duty in the period', () => {
    const loads = loadPerVolunteer([duty('dora', '2026-12-07', '2026-12-13')], [volunteer('Dora', { active: false }), volunteer('Eero', { active: false })]);
    expect(loads.map((load) => [load.name, load.active])).toEqual([['Dora', false]]);
  });
});

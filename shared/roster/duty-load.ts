import type { Duty, DutyType } from '../domain/duty';
import { dutyTypes } from '../domain/duty';
import type { Id } from '../domain/ids';
import type { Volunteer } from '../domain/volunteer';

export interface VolunteerLoad {
  volunteerId: Id;
  name: string;
  active: boolean;
  byType: Record<DutyType, number>;
  total: number;
}

/**
 * Duties per volunteer over a period, for the load chart: every active volunteer
 * (zero is worth seeing) and anyone inactive who still held a duty, most loaded first.
 */
export function loadPerVolunteer(duties: readonly Duty[], volunteers: readonly Volunteer[]): VolunteerLoad[] {
  const loads = new Map<Id, VolunteerLoad>();
  const empty = () => Object.fromEntries(dutyTypes.map((type) => [type, 0])) as Record<DutyType, number>;
  for (const volunteer of volunteers) {
    if (volunteer.active) loads.set(volunteer.id, { volunteerId: volunteer.id, name: volunteer.name, active: true, byType: empty(), total: 0 });
  }
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));
  for (const duty of duties) {
    const volunteer = duty.volunteerId ? byId.get(duty.volunteerId) : undefined;
    if (!volunteer) continue;
    let load = loads.get(volunteer.id);
    if (!load) {
      load = { volunteerId: volunteer.id, name: volunteer.name, active: volunteer.active, byType: empty(), total: 0 };
      loads.set(volunteer.id, load);
    }
    load.byType[duty.type] += 1;
    load.total += 1;
  }
  return [...loads.values()].sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

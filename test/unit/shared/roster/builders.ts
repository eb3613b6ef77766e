import type { Duty, DutyType } from '../../../../shared/domain/duty';
import type { LocalDate } from '../../../../shared/domain/local-time';
import { localDate } from '../../../../shared/domain/local-time';
import type { AwayPeriod, Volunteer } from '../../../../shared/domain/volunteer';

/** Test records with everything defaulted but what the test is about. */
export function volunteer(name: string, fields: Partial<Volunteer> = {}): Volunteer {
  return { id: name.toLowerCase(), name, email: '', phone: '', roles: ['responder', 'poster', 'photographer', 'moderator'], channelIds: [], away: [], maxDutiesPerMonth: null, active: true, ...fields };
}

export function away(from: string, to: string, yearly = false): AwayPeriod {
  return { id: `away-${from}-${to}`, from: localDate(from), to: localDate(to), yearly, note: '' };
}

let dutyCounter = 0;
export function duty(volunteerId: string | null, from: string, to: string, fields: Partial<Duty> & { type?: DutyType } = {}): Duty {
  dutyCounter += 1;
  return { id: `d${dutyCounter}`, type: 'response', volunteerId, from: localDate(from), to: localDate(to), channelIds: [], note: '', ...fields };
}

export const d = (value: string): LocalDate => localDate(value);

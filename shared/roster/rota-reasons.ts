import type { Id } from '../domain/ids';
import type { Volunteer } from '../domain/volunteer';
import type { RotaProposal } from './rota-generator';

/*
 * Why an active volunteer has no duty in a rota proposal, so that nobody has to guess
 * whether they were forgotten: away or at their monthly limit in every period, free but
 * already had N duties lately while others had fewer or waited longer (N may be 0: there
 * were fewer periods than people), or not on
 * this rota at all (without the duty's role or its channels). Read from what the user
 * has chosen in the table, so changing a person updates the list.
 */
type NoDutyReason = 'away' | 'limit' | 'away-or-limit' | 'others-first' | 'not-eligible';

export interface NoDuty {
  volunteerId: Id;
  reason: NoDutyReason;
  /** For 'others-first': the duties of this rota they held in the `months` before it. */
  before?: { duties: number; months: number };
}

export function whyNoDuties(proposal: Pick<RotaProposal, 'slots' | 'eligible' | 'before'>, assigned: readonly (Id | null)[], volunteers: readonly Pick<Volunteer, 'id' | 'active'>[]): NoDuty[] {
  const holding = new Set(assigned.filter((id): id is Id => Boolean(id)));
  const eligible = new Set(proposal.eligible);
  return volunteers
    .filter((volunteer) => volunteer.active && !holding.has(volunteer.id))
    .map((volunteer): NoDuty => {
      const reason = reasonFor(volunteer.id);
      const before = proposal.before.find((entry) => entry.volunteerId === volunteer.id);
      return reason === 'others-first' && before ? { volunteerId: volunteer.id, reason, before: { duties: before.duties, months: before.months } } : { volunteerId: volunteer.id, reason };
    });

  function reasonFor(id: Id): NoDutyReason {
    if (!eligible.has(id)) return 'not-eligible';
    const reasons = proposal.slots.map((slot) => slot.blocked.find((blocked) => blocked.volunteerId === id)?.reason);
    if (reasons.length === 0 || reasons.some((reason) => reason === undefined)) return 'others-first';
    if (reasons.every((reason) => reason === 'away')) return 'away';
    return reasons.every((reason) => reason === 'limit') ? 'limit' : 'away-or-limit';
  }
}

import type { Duty } from '../domain/duty';
import type { Id } from '../domain/ids';
import type { Volunteer } from '../domain/volunteer';
import { isAwayDuring } from './away';

export type SwapProblem = 'same-duty' | 'same-person' | 'both-gaps';

/**
 * A swap exchanges who holds two duties: Aino takes Ben's week and Ben Aino's. A gap
 * may be swapped with a duty (that moves the person into the gap). Swapping the
 * result again restores both, which is what undo does.
 */
export function swapProblem(first: Duty, second: Duty): SwapProblem | null {
  if (first.id === second.id) return 'same-duty';
  if (first.volunteerId === null && second.volunteerId === null) return 'both-gaps';
  if (first.volunteerId === second.volunteerId) return 'same-person';
  return null;
}

export function swapDuties(first: Duty, second: Duty): [Duty, Duty] {
  return [
    { ...first, volunteerId: second.volunteerId },
    { ...second, volunteerId: first.volunteerId },
  ];
}

/** Who the swap would put on a duty on days they are away: such a swap is not offered. */
export function awayAfterSwap(first: Duty, second: Duty, volunteers: readonly Pick<Volunteer, 'id' | 'away'>[]): Id[] {
  return swapDuties(first, second).flatMap((duty) => {
    const holder = volunteers.find((volunteer) => volunteer.id === duty.volunteerId);
    return holder && isAwayDuring(holder, duty.from, duty.to) ? [holder.id] : [];
  });
}

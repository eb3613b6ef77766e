import type { Duty } from '../domain/duty';

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

import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { PlanRepository } from '../../storage/plan-repository';

/** Own changes with nothing arriving from the folder for this long: the status line warns (the sync tool may have stopped). */
const WAITING_AFTER_MS = 30 * 60 * 1000;

/** The plan as shared between laptops: its status, what arrived, and the conflicts to show. */
export class PlanService {
  constructor(private readonly repo: PlanRepository) {}

  planStatus(): OutputOf<'plan:status'> {
    return this.repo.status(WAITING_AFTER_MS);
  }

  async planConflicts(): Promise<OutputOf<'plan:conflicts'>> {
    return this.repo.conflicts();
  }

  async planResolveConflict({ target, field, choice }: ParsedInputOf<'plan:resolveConflict'>): Promise<OutputOf<'plan:resolveConflict'>> {
    return { resolved: await this.repo.resolveConflict(target, field, choice) };
  }
}

import type { planContract } from '../../../shared/api/plan-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { PlanRepository } from '../../storage/plan-repository';
import type { ConflictTarget, PlanConflicts, PlanStatus } from '../../storage/plan/automerge-repository';

/** What a storage shared between laptops adds (the plan on Automerge); a storage of one laptop has none of it. */
interface SharedPlan {
  status(waitingAfterMs: number): PlanStatus;
  changeVersion(): number;
  conflicts(): Promise<PlanConflicts>;
  resolveConflict(target: ConflictTarget, field: string, choice: string): Promise<boolean>;
}

const isShared = (repo: PlanRepository): repo is PlanRepository & SharedPlan => 'changeVersion' in repo && 'conflicts' in repo;

/** Own changes with nothing arriving from the folder for this long: the status line warns (the sync tool may have stopped). */
const WAITING_AFTER_MS = 30 * 60 * 1000;

export function planHandlers(repo: PlanRepository): HandlersFor<typeof planContract> {
  return {
    'plan:status': () =>
      isShared(repo) ? repo.status(WAITING_AFTER_MS) : { planDir: repo.dir, version: 0, lastChange: null, people: [], actors: 0, waiting: null, lastArrivalAt: null },
    'plan:changes': () => ({ version: isShared(repo) ? repo.changeVersion() : 0 }),
    'plan:conflicts': () => (isShared(repo) ? repo.conflicts() : Promise.resolve({ posts: [], duties: [], editedWhileDeleted: [], copies: [] })),
    'plan:resolveConflict': async ({ target, field, choice }) => ({ resolved: isShared(repo) ? await repo.resolveConflict(target, field, choice) : false }),
  };
}

import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
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

/** The plan as shared between laptops: its status, what arrived, and the conflicts to show. */
export class PlanService {
  constructor(private readonly repo: PlanRepository) {}

  planStatus(): OutputOf<'plan:status'> {
    const repo = this.repo;
    return isShared(repo) ? repo.status(WAITING_AFTER_MS) : { planDir: repo.dir, version: 0, lastChange: null, people: [], actors: 0, waiting: null, lastArrivalAt: null };
  }

  planChanges(): OutputOf<'plan:changes'> {
    const repo = this.repo;
    return { version: isShared(repo) ? repo.changeVersion() : 0 };
  }

  async planConflicts(): Promise<OutputOf<'plan:conflicts'>> {
    const repo = this.repo;
    return isShared(repo) ? repo.conflicts() : { posts: [], duties: [], editedWhileDeleted: [], copies: [] };
  }

  async planResolveConflict({ target, field, choice }: ParsedInputOf<'plan:resolveConflict'>): Promise<OutputOf<'plan:resolveConflict'>> {
    const repo = this.repo;
    return { resolved: isShared(repo) ? await repo.resolveConflict(target, field, choice) : false };
  }
}

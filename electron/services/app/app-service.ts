import type { OutputOf } from '../../../shared/api/contract';
import { SCHEMA_VERSION } from '../../../shared/domain/documents';
import type { PlanRepository } from '../../storage/plan-repository';

/** What the app shows about the open data folder: where it is and what was found wrong in it. */
export class AppService {
  constructor(private readonly repo: PlanRepository) {}

  appStatus(): OutputOf<'app:status'> {
    return { dataDir: this.repo.dir, schemaVersion: SCHEMA_VERSION, problems: [...this.repo.problems] };
  }
}

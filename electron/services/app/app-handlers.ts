import type { appContract } from '../../../shared/api/app-contract';
import { SCHEMA_VERSION } from '../../../shared/domain/documents';
import type { HandlersFor } from '../../api/handler-types';
import type { PlanRepository } from '../../storage/plan-repository';

export function appHandlers(repo: PlanRepository): HandlersFor<typeof appContract> {
  return {
    'app:status': () => ({ dataDir: repo.dir, schemaVersion: SCHEMA_VERSION, problems: [...repo.problems] }),
  };
}

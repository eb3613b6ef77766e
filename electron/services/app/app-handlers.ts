import type { appContract } from '../../../shared/api/app-contract';
import { SCHEMA_VERSION } from '../../../shared/domain/documents';
import type { HandlersFor } from '../../api/handler-types';
import type { Repository } from '../../storage/repository';

export function appHandlers(repo: Repository): HandlersFor<typeof appContract> {
  return {
    'app:status': () => ({ dataDir: repo.dir, schemaVersion: SCHEMA_VERSION, problems: [...repo.problems] }),
  };
}

import type { backupsContract } from '../../../shared/api/backups-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { BackupsService } from './backups-service';

export function backupsHandlers(backups: BackupsService): HandlersFor<typeof backupsContract> {
  return {
    'backups:list': () => backups.list(),
    'backups:restore': ({ id }) => backups.restore(id),
  };
}

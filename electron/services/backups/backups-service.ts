import type { SafetyCopy } from '../../../shared/api/backups-contract';
import { safetyCopyLabel } from '../../../shared/backup/safety-copies';
import { DomainError } from '../domain-error';
import type { SafetyCopyInfo } from '../../storage/safety-copies';
import { listSafetyCopies } from '../../storage/safety-copies';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { readRestorableCopy } from './restorable-copy';

const toContract = (copy: SafetyCopyInfo): SafetyCopy => ({ id: copy.label, takenAt: copy.takenAt.toISOString(), kind: copy.role, size: copy.size });

/** The Backups list in Settings: the folder's safety copies, and restoring one. */
export class BackupsService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
  ) {}

  backupsList(): SafetyCopy[] {
    return listSafetyCopies(this.repo.dir).map(toContract);
  }

  /**
   * Reads and checks the whole copy first (upgrading an older one as opening the
   * folder would); only then takes a "before restore" copy and switches the data in.
   */
  async backupsRestore({ id }: { id: string }): Promise<{ restored: SafetyCopy; keptAs: SafetyCopy }> {
    const restored = this.backupsList().find((copy) => copy.id === id);
    if (!restored) throw new DomainError('not-found', `No safety copy ${id}.`, [{ path: 'id', message: 'v.backupUnknown', received: id }]);
    const next = readRestorableCopy(this.repo.dir, id, this.clock());
    const kept = await this.repo.backup(safetyCopyLabel('restore', this.clock()));
    await this.repo.replaceContents(next);
    const keptAs = this.backupsList().find((copy) => kept.endsWith(copy.id));
    if (!keptAs) throw new Error(`The copy ${kept} is not in the list`);
    return { restored, keptAs };
  }
}

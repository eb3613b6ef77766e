import type { SafetyCopy } from '../../../shared/api/backups-contract';
import type { CheckedFolderData } from '../../../shared/backup/backup-checks';
import { checkFolder } from '../../../shared/backup/backup-checks';
import { safetyCopyLabel } from '../../../shared/backup/safety-copies';
import { MainDocument, TrashedPost } from '../../../shared/domain/documents';
import { Post } from '../../../shared/domain/post';
import { migrateToCurrent } from '../../../shared/migrations/migrations';
import { DomainError } from '../domain-error';
import type { SafetyCopyInfo } from '../../storage/safety-copies';
import { listSafetyCopies, readSafetyCopy, safetyCopyDir } from '../../storage/safety-copies';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';

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
    const folder = safetyCopyDir(this.repo.dir, id);
    const restored = this.backupsList().find((copy) => copy.id === id);
    if (!folder || !restored) throw new DomainError('not-found', `No safety copy ${id}.`, [{ path: 'id', message: 'v.backupUnknown', received: id }]);
    const next = this.read(id, folder);
    const kept = await this.repo.backup(safetyCopyLabel('restore', this.clock()));
    await this.repo.replaceContents(next);
    const keptAs = this.backupsList().find((copy) => kept.endsWith(copy.id));
    if (!keptAs) throw new Error(`The copy ${kept} is not in the list`);
    return { restored, keptAs };
  }

  private read(id: string, folder: string): CheckedFolderData {
    const unreadable = (detail: string) => new DomainError('rejected', `The safety copy ${id} cannot be restored; nothing was changed. ${detail}`, [{ path: 'id', message: 'v.safetyCopyUnreadable', received: id }]);
    let raw;
    try {
      raw = migrateToCurrent(readSafetyCopy(folder), this.clock().toISOString());
    } catch (error) {
      throw unreadable((error as Error).message);
    }
    const main = MainDocument.safeParse(raw.main);
    const posts = raw.posts.map((post) => Post.safeParse(post));
    const trash = raw.trash.map((entry) => TrashedPost.safeParse(entry));
    const failed = [main, ...posts, ...trash].find((result) => !result.success);
    if (failed?.error || !main.success) throw unreadable(failed?.error?.message.slice(0, 300) ?? '');
    const checked = checkFolder({ main: main.data, posts: posts.flatMap((result) => (result.success ? [result.data] : [])), trash: trash.flatMap((result) => (result.success ? [result.data] : [])) });
    if (!checked.ok) throw new DomainError('rejected', `The safety copy ${id} cannot be restored; nothing was changed.`, checked.issues);
    return checked.data;
  }
}

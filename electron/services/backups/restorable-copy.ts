import type { CheckedFolderData } from '../../../shared/backup/backup-checks';
import { checkFolder } from '../../../shared/backup/backup-checks';
import { MainDocument, TrashedPost } from '../../../shared/domain/documents';
import { Post } from '../../../shared/domain/post';
import { migrateToCurrent } from '../../../shared/migrations/migrations';
import { readSafetyCopy, safetyCopyDir } from '../../storage/safety-copies';
import { DomainError } from '../domain-error';

/**
 * A safety copy read whole and checked, upgraded from an older version as opening the folder
 * would: what a restore switches in (Settings' Backups, the damaged-plan screen). Throws a
 * DomainError (nothing read is kept) when the copy is not there or does not read back whole.
 */
export function readRestorableCopy(dataDir: string, id: string, now: Date): CheckedFolderData {
  const folder = safetyCopyDir(dataDir, id);
  if (!folder) throw new DomainError('not-found', `No safety copy ${id}.`, [{ path: 'id', message: 'v.backupUnknown', received: id }]);
  const unreadable = (detail: string) => new DomainError('rejected', `The safety copy ${id} cannot be restored; nothing was changed. ${detail}`, [{ path: 'id', message: 'v.safetyCopyUnreadable', received: id }]);
  let raw;
  try {
    raw = migrateToCurrent(readSafetyCopy(folder), now.toISOString());
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

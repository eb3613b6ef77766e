import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { DamagedPlanBackup } from '../../../shared/api/damaged-contract';
import { isJsonObject } from '../../../shared/migrations/data-set';
import type { DeviceStore } from '../../storage/device-store';
import { restorePlanFolder } from '../../storage/plan/restore-plan-folder';
import { listSafetyCopies, readSafetyCopy, safetyCopyDir } from '../../storage/safety-copies';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import { readRestorableCopy } from './restorable-copy';

/** Whose plan a copy is and how many posts it holds, without checking it (a restore does that); nulls when it cannot be read. */
function contentsOf(dataDir: string, id: string): Pick<DamagedPlanBackup, 'name' | 'posts'> {
  const folder = safetyCopyDir(dataDir, id);
  try {
    if (!folder) return { name: null, posts: null };
    const copy = readSafetyCopy(folder);
    const association = copy.main.association;
    const name = isJsonObject(association) && typeof association.name === 'string' ? association.name : null;
    return { name, posts: copy.posts.length };
  } catch {
    return { name: null, posts: null };
  }
}

/**
 * The damaged-plan screen's safety copies (damaged-plan.ts), and restoring one into a new plan
 * in the damaged folder's place (restore-plan-folder.ts). The copy is read and checked whole
 * before anything is written, as Settings' restore does; a refusal changes nothing on disk.
 */
export class DamagedPlanRestoreService {
  private restored: OutputOf<'damaged:restore'> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly planDir: string,
    private readonly device: DeviceStore,
    private readonly clock: Clock,
  ) {}

  damagedBackups(): DamagedPlanBackup[] {
    return listSafetyCopies(this.dataDir).map((copy) => ({ id: copy.label, takenAt: copy.takenAt.toISOString(), kind: copy.role, size: copy.size, ...contentsOf(this.dataDir, copy.label) }));
  }

  async damagedRestore({ id }: ParsedInputOf<'damaged:restore'>): Promise<OutputOf<'damaged:restore'>> {
    // The damaged folder is aside already: a second restore would put the first one's plan aside too.
    if (this.restored) throw new DomainError('rejected', `The plan in ${this.planDir} was restored already; open it.`, [{ path: 'id', message: 'v.planRestoredAlready', params: { folder: this.planDir } }]);
    const data = readRestorableCopy(this.dataDir, id, this.clock());
    const { keptAside } = await restorePlanFolder(this.planDir, data, { now: this.clock });
    // Opened from here with plans:open, which opens only the plans this laptop knows.
    this.device.noteOpened(this.planDir, data.main.association.name, this.clock());
    this.restored = { planDir: this.planDir, keptAside, posts: data.posts.length };
    return this.restored;
  }
}

/** An open plan has no damaged folder to restore: its copies are restored in Settings (backups:restore). */
export class OpenPlanRestoreRefusal {
  private refuse(): never {
    throw new DomainError('rejected', 'The plan is open: restore a safety copy in Settings › Safety copies.', [{ path: '', message: 'v.planNotDamaged' }]);
  }

  damagedBackups(): DamagedPlanBackup[] {
    return this.refuse();
  }

  damagedRestore(): Promise<OutputOf<'damaged:restore'>> {
    return this.refuse();
  }
}

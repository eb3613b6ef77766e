import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { DeviceStore } from '../../storage/device-store';
import type { PlanRepository } from '../../storage/plan-repository';
import { readPlanFile } from '../../storage/plan/plan-folder';
import type { ShareRefusal } from '../../storage/plan/share-folder';
import { copyPlanInto, shareRefusal } from '../../storage/plan/share-folder';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { SwitchPlan } from '../plans/recent-plans-service';

/** The system's folder dialog (the desktop app): the folder chosen, or null when cancelled. */
export type PickFolder = () => Promise<string | null>;

const refusalText: Record<ShareRefusal, string> = {
  shareFolderNotAbsolute: 'Give the whole path of the folder.',
  shareFolderMissing: 'There is no such folder.',
  shareFolderInsidePlan: 'The folder is inside the plan folder itself.',
  shareFolderNotWritable: 'The folder cannot be written to.',
  shareFolderNotEmpty: 'The folder is not empty and holds no plan.',
  shareFolderHoldsPlan: 'The folder already holds a plan.',
  shareFolderNoPlan: 'The folder holds no plan.',
  shareFolderIsCurrent: 'This plan is already open.',
};

function refuse(refusal: ShareRefusal, folder: string): never {
  throw new DomainError('rejected', `${refusalText[refusal]} (${folder}) Nothing was changed.`, [{ path: 'folder', message: `v.${refusal}`, received: folder }]);
}

/** Sharing this plan through a synced folder, and opening a plan shared that way (issue 13 item 1). */
export class SharingService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly device: DeviceStore,
    private readonly clock: Clock,
    private readonly locale: string,
    private readonly switchPlan: SwitchPlan | null,
    private readonly pickFolder: PickFolder | null,
  ) {}

  sharingState(): OutputOf<'sharing:state'> {
    const oldCopies = this.device
      .oldCopies()
      .filter((copy) => copy.planId === this.repo.planId && copy.planDir !== this.repo.planDir)
      .map((copy) => ({ planDir: copy.planDir, movedAt: copy.movedAt, present: fs.existsSync(copy.planDir) }));
    return { planDir: this.repo.planDir, canPick: this.pickFolder !== null, canSwitch: this.switchPlan !== null, oldCopies };
  }

  async sharingPickFolder(): Promise<OutputOf<'sharing:pickFolder'>> {
    return { folder: this.pickFolder ? await this.pickFolder() : null };
  }

  /** Copies the plan into `folder`, checks the copy, then switches to it; the old copy stays until removed. */
  async sharingMove({ folder }: ParsedInputOf<'sharing:move'>): Promise<OutputOf<'sharing:move'>> {
    const switchPlan = this.canSwitch();
    const refusal = shareRefusal(folder, this.repo.planDir, 'move');
    if (refusal) refuse(refusal, folder);
    const target = fs.realpathSync(folder);
    await copyPlanInto(this.repo.planDir, target, await this.repo.snapshot(), { now: this.clock, locale: this.locale });
    this.device.noteOldCopy(this.repo.planDir, this.repo.planId, this.clock());
    return this.switchTo(target, switchPlan);
  }

  /** Opens the plan another laptop put in `folder`; who you are there is asked on opening. */
  async sharingOpen({ folder }: ParsedInputOf<'sharing:open'>): Promise<OutputOf<'sharing:open'>> {
    const switchPlan = this.canSwitch();
    const refusal = shareRefusal(folder, this.repo.planDir, 'open');
    if (refusal) refuse(refusal, folder);
    return this.switchTo(fs.realpathSync(folder), switchPlan);
  }

  /** Deletes where the plan was before it moved: only a copy of this plan, never the open one. */
  sharingRemoveOldCopy({ planDir }: ParsedInputOf<'sharing:removeOldCopy'>): OutputOf<'sharing:removeOldCopy'> {
    const copy = this.device.oldCopies().find((entry) => entry.planDir === path.resolve(planDir) && entry.planId === this.repo.planId);
    if (!copy || copy.planDir === this.repo.planDir) {
      throw new DomainError('not-found', `No old copy of this plan at ${planDir}.`, [{ path: 'planDir', message: 'v.shareOldCopyUnknown', received: planDir }]);
    }
    const plan = fs.existsSync(copy.planDir) ? readPlanFile(copy.planDir) : null;
    // A folder that became another plan since (or holds something else) is left alone.
    if (fs.existsSync(copy.planDir) && plan?.root !== this.repo.planId) {
      throw new DomainError('rejected', `${copy.planDir} no longer holds a copy of this plan; it was left as it is.`, [{ path: 'planDir', message: 'v.shareOldCopyChanged', received: planDir }]);
    }
    fs.rmSync(copy.planDir, { recursive: true, force: true });
    this.device.forgetOldCopy(copy.planDir);
    return { removed: true };
  }

  private canSwitch(): SwitchPlan {
    if (this.switchPlan) return this.switchPlan;
    throw new DomainError('rejected', 'This window cannot switch plans.', [{ path: 'folder', message: 'v.planSwitchUnavailable' }]);
  }

  private async switchTo(planDir: string, switchPlan: SwitchPlan): Promise<{ planDir: string; opening: true }> {
    this.device.setPlanFolder(planDir);
    await switchPlan(planDir);
    return { planDir, opening: true };
  }
}

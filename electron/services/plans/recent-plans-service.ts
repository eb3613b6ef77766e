import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { DeviceStore } from '../../storage/device-store';
import type { PlanRepository } from '../../storage/plan-repository';
import { DomainError } from '../domain-error';

/** How the host opens another plan folder (the desktop app restarts on it); absent where it cannot. */
export type SwitchPlan = (planDir: string) => Promise<void>;

const hasPlan = (planDir: string) => fs.existsSync(path.join(planDir, 'plan.json'));

/** The plans this laptop opened recently, from its device store, and opening one of them. */
export class RecentPlansService {
  constructor(
    /** The open plan's folder and name (a damaged plan, not opened, has a stand-in: damaged-plan.ts). */
    private readonly repo: Pick<PlanRepository, 'planDir'> & { main(): { association: { name: string } } },
    private readonly device: DeviceStore,
    private readonly switchPlan: SwitchPlan | null,
  ) {}

  /** The open plan is named as it is now; the device store remembers that name for when another plan is open. */
  plansRecent(): OutputOf<'plans:recent'> {
    const name = this.repo.main().association.name;
    const open = this.device.recentPlans().find((plan) => plan.planDir === this.repo.planDir);
    if (open && open.name !== name) this.device.noteOpened(open.planDir, name, new Date(open.openedAt));
    const plans = this.device.recentPlans().map((plan) => {
      const current = plan.planDir === this.repo.planDir;
      return { ...plan, current, missing: !current && !hasPlan(plan.planDir) };
    });
    return { plans, canSwitch: this.switchPlan !== null };
  }

  async plansOpen({ planDir }: ParsedInputOf<'plans:open'>): Promise<OutputOf<'plans:open'>> {
    if (!this.switchPlan) throw new DomainError('rejected', 'This window cannot switch plans: start it on the other plan\'s folder (npm run web -- --data PLAN_DIR --device DIR).', [{ path: 'planDir', message: 'v.planSwitchUnavailable' }]);
    const known = this.device.recentPlans().some((plan) => plan.planDir === planDir);
    if (!known || !hasPlan(planDir)) throw new DomainError('not-found', `No plan at ${planDir}.`, [{ path: 'planDir', message: 'v.planMissing', received: planDir }]);
    await this.switchPlan(planDir);
    return { opening: true };
  }
}

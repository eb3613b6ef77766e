import path from 'node:path';
import { failure } from '../../shared/api/contract-kit';
import { damagedContract } from '../../shared/api/damaged-contract';
import { plansContract } from '../../shared/api/plans-contract';
import type { DeviceStore } from '../storage/device-store';
import { BACKUPS_DIR } from '../storage/safety-copies';
import { StorageError } from '../storage/storage-error';
import { DamagedPlanRestoreService } from '../services/backups/damaged-plan-restore-service';
import type { Clock } from '../services/clock';
import { systemClock } from '../services/clock';
import type { SwitchPlan } from '../services/plans/recent-plans-service';
import { RecentPlansService } from '../services/plans/recent-plans-service';
import { bindService } from './bind-service';
import type { Dispatch, Handlers } from './dispatch';
import { createDispatch } from './dispatch';

/*
 * A plan folder whose main document does not validate (a foreign Automerge document, garbage
 * bytes: v.storagePlanInvalid) is not opened, and nothing in it is written. The window opens all
 * the same, on this dispatch: every request is refused with what is wrong and where (the renderer's
 * "plan cannot be opened" screen words it), except the recent plans, so that another can be opened,
 * and this computer's safety copies, so that one can be restored in the folder's place (the damaged
 * folder kept aside: damaged-plan-restore-service.ts) and then opened as a recent plan.
 */

export function isDamagedPlan(error: unknown): error is StorageError {
  return error instanceof StorageError && error.key === 'v.storagePlanInvalid';
}

export function damagedPlanDispatch(error: StorageError, dataDir: string, device: DeviceStore, switchPlan: SwitchPlan | null, clock: Clock = systemClock): Dispatch {
  const planDir = error.params.folder ?? '';
  // The plan's name as this laptop remembers it: the recent plans keep it while another is open.
  const remembered = () => device.recentPlans().find((plan) => plan.planDir === planDir)?.name ?? '';
  const plans = new RecentPlansService({ planDir, main: () => ({ association: { name: remembered() } }) }, device, switchPlan);
  const restore = new DamagedPlanRestoreService(dataDir, planDir, device, clock);
  // Only the recent plans' and the restore's channels are bound; every other one is answered below before it reaches this dispatch.
  const answered = createDispatch({ ...bindService(plansContract, plans), ...bindService(damagedContract, restore) } as Handlers);
  const backups = path.join(dataDir, BACKUPS_DIR);
  return async (channel, payload) => {
    if (Object.hasOwn(plansContract, channel) || Object.hasOwn(damagedContract, channel)) return answered(channel, payload);
    return failure('storage', error.message, [{ path: '', message: 'v.storagePlanInvalid', params: { ...error.params, backups } }]);
  };
}

import path from 'node:path';
import { failure } from '../../shared/api/contract-kit';
import { plansContract } from '../../shared/api/plans-contract';
import type { DeviceStore } from '../storage/device-store';
import { BACKUPS_DIR } from '../storage/safety-copies';
import { StorageError } from '../storage/storage-error';
import type { SwitchPlan } from '../services/plans/recent-plans-service';
import { RecentPlansService } from '../services/plans/recent-plans-service';
import { bindService } from './bind-service';
import type { Dispatch, Handlers } from './dispatch';
import { createDispatch } from './dispatch';

/*
 * A plan folder whose main document does not validate (a foreign Automerge document, garbage
 * bytes: v.storagePlanInvalid) is not opened, and nothing in it is written. The window opens all
 * the same, on this dispatch: every request is refused with what is wrong and where (the renderer's
 * "plan cannot be opened" screen words it), except the recent plans, so that another can be opened.
 */

export function isDamagedPlan(error: unknown): error is StorageError {
  return error instanceof StorageError && error.key === 'v.storagePlanInvalid';
}

export function damagedPlanDispatch(error: StorageError, dataDir: string, device: DeviceStore, switchPlan: SwitchPlan | null): Dispatch {
  const planDir = error.params.folder ?? '';
  // The plan's name as this laptop remembers it: the recent plans keep it while another is open.
  const remembered = () => device.recentPlans().find((plan) => plan.planDir === planDir)?.name ?? '';
  const plans = new RecentPlansService({ planDir, main: () => ({ association: { name: remembered() } }) }, device, switchPlan);
  // Only the recent plans' channels are bound; every other one is answered below before it reaches this dispatch.
  const recentPlans = createDispatch(bindService(plansContract, plans) as Handlers);
  const backups = path.join(dataDir, BACKUPS_DIR);
  return async (channel, payload) => {
    if (Object.hasOwn(plansContract, channel)) return recentPlans(channel, payload);
    return failure('storage', error.message, [{ path: '', message: 'v.storagePlanInvalid', params: { ...error.params, backups } }]);
  };
}

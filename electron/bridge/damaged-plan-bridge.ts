import { DeviceStore } from '../storage/device-store';
import type { StorageError } from '../storage/storage-error';
import { damagedPlanDispatch } from '../api/damaged-plan';
import { startWebBridge } from './web-bridge';

/**
 * `npm run web` on a damaged plan folder (damaged-plan.ts): the page says what is wrong and
 * where, nothing is written into the folder. It serves until stopped and never resolves: what
 * follows an open plan (switching plans, the sync server) has no plan to work on.
 */
export async function serveDamagedPlan(error: StorageError, options: { dataDir: string; rendererDir: string; port: number; releaseLock: () => void }): Promise<never> {
  const dispatch = damagedPlanDispatch(error, options.dataDir, DeviceStore.open(options.dataDir), null);
  const bridge = await startWebBridge({ dispatch, rendererDir: options.rendererDir, port: options.port });
  const stop = async () => {
    await bridge.close();
    options.releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  console.log(`Somevuoro is running at ${bridge.url}`);
  console.log(`The plan in ${error.params.folder ?? ''} cannot be opened: ${error.message}`);
  return new Promise<never>(() => {});
}

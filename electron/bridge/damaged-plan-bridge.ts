import type { Backend } from '../api/handlers';
import { DeviceStore } from '../storage/device-store';
import type { StorageError } from '../storage/storage-error';
import { storedFilePath } from '../storage/transfer-folders';
import { damagedPlanDispatch } from '../api/damaged-plan';
import type { SwitchPlan } from '../services/plans/recent-plans-service';
import { startWebBridge } from './web-bridge';

/**
 * `npm run web` on a damaged plan folder (damaged-plan.ts): the page says what is wrong and
 * where, nothing is written into the folder until a safety copy is restored in its place. Opening
 * a plan then (the restored one, a recent one: plans:open) opens it here, on the same address,
 * as the desktop app's restart would: the page reloads onto it. It serves until stopped and never
 * resolves: what follows an open plan in web.ts (the sync server) is not joined to a plan opened here.
 */
export async function serveDamagedPlan(
  error: StorageError,
  options: { dataDir: string; rendererDir: string; port: number; releaseLock: () => void; open: (planDir: string, switchPlan: SwitchPlan) => Promise<Backend> },
): Promise<never> {
  let backend: Backend | null = null;
  // Requests wait for a plan being opened, once the request that asked for it has been answered.
  let switching: Promise<unknown> = Promise.resolve();
  const switchPlan: SwitchPlan = (planDir) => {
    switching = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => backend?.close())
      .then(async () => {
        backend = await options.open(planDir, switchPlan);
        console.log(`Plan folder: ${backend.repo.planDir}`);
      })
      .catch((failure: unknown) => console.error(`Could not open ${planDir}: ${(failure as Error).message}`));
    return Promise.resolve();
  };
  const damaged = damagedPlanDispatch(error, options.dataDir, DeviceStore.open(options.dataDir), switchPlan);
  const bridge = await startWebBridge({
    dispatch: async (channel, payload) => {
      await switching;
      return backend ? backend.dispatch(channel, payload) : damaged(channel, payload);
    },
    // The page subscribes when it loads, which it does again once a plan is open.
    onEvent: (listener) => backend?.onEvent(listener) ?? (() => {}),
    media: (name, bytes) => backend?.media.mediaFile(name, bytes) ?? null,
    exportFile: (fileId) => storedFilePath(options.dataDir, fileId),
    rendererDir: options.rendererDir,
    port: options.port,
  });
  const stop = async () => {
    await bridge.close();
    await switching;
    await backend?.close();
    options.releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  console.log(`Somevuoro is running at ${bridge.url}`);
  console.log(`The plan in ${error.params.folder ?? ''} cannot be opened: ${error.message}`);
  return new Promise<never>(() => {});
}

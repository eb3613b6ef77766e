import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../storage/default-data-dir';

/** Where `npm run web` keeps this "laptop's" own state (`dataDir`) and where the plan is (`planDir`; unset: the device's own choice, else `<dataDir>/plan`). */
export interface WebFolders {
  dataDir: string;
  planDir?: string;
}

/**
 * `--device DIR` names this laptop's folder (`--data` is then the plan folder). Without it,
 * a `--data` folder that is a plan (it holds plan.json: a synced folder) is opened as
 * the plan and this laptop's state stays where the desktop app keeps it (the user's config
 * folder, Electron's userData: issue 13 item 6); any other `--data` folder is a whole data
 * folder as before (its plan in `plan/`), and no `--data` is the desktop app's own folder.
 */
export function webFolders(args: { data?: string; device?: string }, userDataDir: string = defaultDataDir()): WebFolders {
  if (args.device !== undefined) {
    const dataDir = path.resolve(args.device);
    return { dataDir, planDir: path.resolve(args.data ?? path.join(dataDir, 'plan')) };
  }
  if (args.data === undefined) return { dataDir: userDataDir };
  const data = path.resolve(args.data);
  return fs.existsSync(path.join(data, 'plan.json')) ? { dataDir: userDataDir, planDir: data } : { dataDir: data };
}

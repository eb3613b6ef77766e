import os from 'node:os';
import path from 'node:path';

/**
 * Where Electron's app.getPath('userData') points for an app named Somevuoro, plus
 * /data: the desktop app, `npm run web` and the CLI then share one data folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'Somevuoro', 'data');
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webFolders } from '../../../../electron/bridge/web-folders';
import { tempDir } from '../../../support/temp-dir';

describe('npm run web: where the plan and this laptop\'s own state are (issue 13 item 6)', () => {
  const userData = '/home/anna/.config/Somevuoro/data';

  it('opens a plan folder given as --data and keeps this laptop\'s state in the user\'s config folder', () => {
    const plan = tempDir();
    fs.writeFileSync(path.join(plan, 'plan.json'), '{}');
    expect(webFolders({ data: plan }, userData)).toEqual({ dataDir: userData, planDir: plan });
  });

  it('keeps this laptop\'s state in --device when given, the plan in --data', () => {
    const plan = tempDir();
    const device = tempDir();
    expect(webFolders({ data: plan, device }, userData)).toEqual({ dataDir: device, planDir: plan });
    expect(webFolders({ device }, userData)).toEqual({ dataDir: device, planDir: path.join(device, 'plan') });
  });

  it('reads a --data folder that is not a plan as a whole data folder, as before; no --data is the desktop app\'s folder', () => {
    const data = tempDir();
    expect(webFolders({ data }, userData)).toEqual({ dataDir: data });
    expect(webFolders({}, userData)).toEqual({ dataDir: userData });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeviceStore, RECENT_PLANS_KEPT } from '../../../../electron/storage/device-store';
import { tempDir } from '../../../support/temp-dir';

describe('the device store', () => {
  it('keeps who I am per plan folder, across a reopen', () => {
    const dataDir = tempDir();
    const [kyla, kuoro] = [path.join(dataDir, 'kyla'), path.join(dataDir, 'kuoro')];
    DeviceStore.open(dataDir).setIdentity(kyla, { volunteerId: 'anna', name: 'Anna Äijälä' });
    const reopened = DeviceStore.open(dataDir);
    expect(reopened.identity(kyla)).toEqual({ volunteerId: 'anna', name: 'Anna Äijälä' });
    expect(reopened.identity(kuoro)).toBeNull();
    expect(reopened.path).toBe(path.join(dataDir, 'device', 'device.json'));
  });

  it('lists recently opened plans newest first, each once, at most ten', () => {
    const store = DeviceStore.open(tempDir());
    for (let index = 0; index < 12; index++) store.noteOpened(`/plans/${index}`);
    store.noteOpened('/plans/5');
    expect(store.recentPlans()).toHaveLength(RECENT_PLANS_KEPT);
    expect(store.recentPlans().slice(0, 3)).toEqual(['/plans/5', '/plans/11', '/plans/10']);
    expect(store.recentPlans().filter((plan) => plan === '/plans/5')).toHaveLength(1);
  });

  it('reads a spoiled field as unset and keeps the others', () => {
    const dataDir = tempDir();
    DeviceStore.open(dataDir).setIdentity('/plans/a', { volunteerId: null, name: 'Bo' });
    const file = path.join(dataDir, 'device', 'device.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), preferences: { calendarView: 'year' } }));
    const store = DeviceStore.open(dataDir);
    expect(store.preferences()).toBeNull();
    expect(store.identity('/plans/a')).toEqual({ volunteerId: null, name: 'Bo' });
  });
});

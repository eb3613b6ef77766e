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

  it('lists recently opened plans newest first, each once with its name and when, at most ten', () => {
    const store = DeviceStore.open(tempDir());
    for (let index = 0; index < 12; index++) store.noteOpened(`/plans/${index}`, `Yhdistys ${index}`, new Date(Date.UTC(2026, 10, 1 + index)));
    store.noteOpened('/plans/5', 'Kyläyhdistys', new Date('2026-11-30T09:00:00Z'));
    expect(store.recentPlans()).toHaveLength(RECENT_PLANS_KEPT);
    expect(store.recentPlans().slice(0, 2)).toEqual([
      { planDir: path.resolve('/plans/5'), name: 'Kyläyhdistys', openedAt: '2026-11-30T09:00:00.000Z' },
      { planDir: path.resolve('/plans/11'), name: 'Yhdistys 11', openedAt: '2026-11-12T00:00:00.000Z' },
    ]);
    expect(store.recentPlans().filter((plan) => plan.planDir === path.resolve('/plans/5'))).toHaveLength(1);
  });

  it('reads the bare folder paths an older version kept as plans of unknown name', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'device'));
    fs.writeFileSync(path.join(dataDir, 'device', 'device.json'), JSON.stringify({ recentPlans: ['/plans/old'] }));
    expect(DeviceStore.open(dataDir).recentPlans()).toEqual([{ planDir: '/plans/old', name: '', openedAt: '' }]);
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

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/api/handlers';
import { backendOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';

describe('recent plans (plans:recent, plans:open)', () => {
  it('lists the plans this laptop opened, newest first, with the association’s name, and shows a folder that is gone as missing', async () => {
    let clock = new Date('2026-11-25T10:00:00Z');
    const dataDir = tempDir();
    const kuoroDir = path.join(tempDir(), 'kuoro');
    const kyla = await backendOn(dataDir, () => clock);
    await kyla.call('association:update', { name: 'Kylä ry' });
    await kyla.call('plans:recent', {});
    await kyla.repo.close();
    clock = new Date('2026-11-26T10:00:00Z');
    const kuoro = await backendOn(dataDir, () => clock, 'fi-FI', kuoroDir);
    await kuoro.call('association:update', { name: 'Sekakuoro' });
    // Settings lists the plans with this one's new name (and remembers it).
    expect((await kuoro.call('plans:recent', {})).plans.map((plan) => plan.name)).toEqual(['Sekakuoro', 'Kylä ry']);
    await kuoro.repo.close();
    clock = new Date('2026-11-27T10:00:00Z');
    const again = await backendOn(dataDir, () => clock);
    const kylaDir = again.repo.planDir;
    expect(await again.call('plans:recent', {})).toEqual({
      plans: [
        { planDir: kylaDir, name: 'Kylä ry', openedAt: '2026-11-27T10:00:00.000Z', current: true, missing: false },
        { planDir: path.resolve(kuoroDir), name: 'Sekakuoro', openedAt: '2026-11-26T10:00:00.000Z', current: false, missing: false },
      ],
      canSwitch: false,
    });
    fs.rmSync(kuoroDir, { recursive: true });
    expect((await again.call('plans:recent', {})).plans.map((plan) => [plan.name, plan.missing])).toEqual([
      ['Kylä ry', false],
      ['Sekakuoro', true],
    ]);
    // The web bridge serves one folder: opening another is refused in words, not attempted.
    expect(await again.dispatch('plans:open', { planDir: kylaDir })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'planDir', message: 'v.planSwitchUnavailable' }] } });
    await again.repo.close();
  });

  it('opens a recent plan through the host (the desktop app restarts on it), and refuses a missing or unknown folder', async () => {
    const dataDir = tempDir();
    const kuoroDir = path.resolve(tempDir(), 'kuoro');
    await (await openBackend({ dataDir, planDir: kuoroDir, clock: () => new Date(), locale: 'fi-FI' })).repo.close();
    const asked: string[] = [];
    const backend = await openBackend({ dataDir, clock: () => new Date(), locale: 'fi-FI', switchPlan: async (planDir) => void asked.push(planDir) });
    expect((await backend.dispatch('plans:recent', {})).ok && (await backend.dispatch('plans:recent', {}))).toMatchObject({ value: { canSwitch: true } });
    expect(await backend.dispatch('plans:open', { planDir: kuoroDir })).toEqual({ ok: true, value: { opening: true } });
    expect(asked).toEqual([kuoroDir]);
    expect(await backend.dispatch('plans:open', { planDir: path.join(dataDir, 'elsewhere') })).toMatchObject({ ok: false, error: { code: 'not-found', issues: [{ message: 'v.planMissing' }] } });
    fs.rmSync(kuoroDir, { recursive: true });
    expect(await backend.dispatch('plans:open', { planDir: kuoroDir })).toMatchObject({ ok: false, error: { code: 'not-found', issues: [{ message: 'v.planMissing' }] } });
    expect(asked).toEqual([kuoroDir]);
    await backend.repo.close();
  });
});

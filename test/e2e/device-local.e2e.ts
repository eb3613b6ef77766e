import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requestsSettled } from '../support/browser';
import { seedAssociation } from '../support/seed';
import { browserSession, iAm } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

/*
 * Issue 12 item 2 with two laptops on one plan folder (two bridges, two `--device` folders):
 * who I am and the UI language are each laptop's own. Anna said who she is on hers; Ben's
 * laptop, new to the plan, asks him. Ben switches to Finnish; Anna's stays English, and
 * each keeps its own after a reload.
 */

const session = browserSession();
const laptop = session.laptop;

const whoAreYou = (page: Page, title: string) => page.getByRole('region', { name: title });

describe('two laptops on one plan folder', () => {
  it('each has its own who-I-am and its own UI language', async () => {
    const seeded = tempDir();
    await seedAssociation(seeded);
    const planDir = path.join(tempDir(), 'plan');
    fs.cpSync(path.join(seeded, 'plan'), planDir, { recursive: true });
    const [annaDevice, benDevice] = [tempDir(), tempDir()];
    await iAm(annaDevice, planDir, 'Anna');

    const [anna, ben] = await Promise.all([laptop(planDir, annaDevice), laptop(planDir, benDevice)]);
    // Ben's laptop is new to the plan: it asks who he is. Anna's knows her.
    await whoAreYou(ben, 'Who are you?').waitFor();
    await anna.getByRole('navigation').getByRole('button', { name: 'Settings' }).waitFor();
    // Once her identity has come (the panel would be there by then).
    await requestsSettled(anna);
    expect(await whoAreYou(anna, 'Who are you?').count()).toBe(0);

    await ben.getByLabel('Language').selectOption('fi');
    await whoAreYou(ben, 'Kuka olet?').waitFor();
    for (const page of [anna, ben]) await page.reload();
    await whoAreYou(ben, 'Kuka olet?').waitFor();
    await ben.getByRole('navigation').getByRole('button', { name: 'Asetukset' }).waitFor();
    await anna.getByRole('navigation').getByRole('button', { name: 'Settings' }).waitFor();
    expect(await anna.getByLabel('Language').inputValue()).toBe('en');
    await requestsSettled(anna);
    expect(await whoAreYou(anna, 'Who are you?').count()).toBe(0);
    // Neither choice is in the shared folder another laptop's sync tool carries.
    const planFiles = fs.readdirSync(planDir, { recursive: true }).map(String);
    expect(planFiles.some((name) => name.includes('device') || name.includes('preferences'))).toBe(false);
  }, 120_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openBackend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TestBackend } from './backend';
import { backendOn, closeBackendsOn } from './backend';
import type { BridgeProcess } from './bridge-process';
import { startBridgeProcess } from './bridge-process';
import { launchChromium, openApp } from './browser';
import { planFile, planOnDisk } from './plan-on-disk';
import { seedAssociation } from './seed';
import { tempDir } from './temp-dir';

/** One Chromium per test file, and a bridge per test that is stopped after it. */
export function browserSession() {
  let browser: Browser | undefined;
  const bridges: BridgeProcess[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(bridges.splice(0).map((bridge) => bridge.stop()));
  });
  const running = () => {
    if (!browser) throw new Error('The browser is not running');
    return browser;
  };
  return {
    browser: running,
    /** A laptop: a bridge on a plan folder with its own device folder (`--device`), and a page on it. */
    laptop: async (planDir: string, deviceDir: string): Promise<Page> => {
      const bridge = await startBridgeProcess(planDir, {}, ['--device', deviceDir]);
      bridges.push(bridge);
      return (await openApp(running(), bridge.url)).page;
    },
    bridgeOn: async (dir: string) => {
      await closeBackendsOn(dir);
      const bridge = await startBridgeProcess(dir);
      bridges.push(bridge);
      return bridge;
    },
    stop: async (bridge: BridgeProcess) => {
      bridges.splice(bridges.indexOf(bridge), 1);
      await bridge.stop();
    },
  };
}

/** Who the person at this laptop is, written into its device folder before its bridge opens it. */
export async function iAm(deviceDir: string, planDir: string, name: string): Promise<void> {
  const backend = await openBackend({ dataDir: deviceDir, planDir, clock: () => new Date(), locale: 'en-GB' });
  const result = (await backend.dispatch('identity:set', { newVolunteer: { name } })) as ApiResult<unknown>;
  if (!result.ok) throw new Error(result.error.message);
  await backend.close();
}

/** The sample association's plan copied for each person (as after a first sync), each laptop with its own device folder that knows who its person is. */
export async function laptopsOnOnePlan(names: string[]): Promise<{ today: Awaited<ReturnType<typeof seedAssociation>>['today']; laptops: { planDir: string; deviceDir: string }[] }> {
  const seeded = tempDir();
  const { today } = await seedAssociation(seeded);
  const laptops = [];
  for (const name of names) {
    const [planDir, deviceDir] = [path.join(tempDir(), 'plan'), tempDir()];
    fs.cpSync(path.join(seeded, 'plan'), planDir, { recursive: true });
    await iAm(deviceDir, planDir, name);
    laptops.push({ planDir, deviceDir });
  }
  return { today, laptops };
}

/**
 * One Chromium and one bridge for a whole test file, on an English association ("Millbrook
 * Village", one Facebook page) that `seed` may add to through the services first. Its folder
 * is the file's own: tempDir's are removed after each test.
 */
export function fileBridgeSession(name: string, seed: (backend: TestBackend) => Promise<void> = async () => {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `somevuoro-${name}-`));
  let bridge: BridgeProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await backend.call('setup:start', { associationName: 'Millbrook Village', channels: [{ kind: 'facebook-page', name: 'Facebook' }] });
    await seed(backend);
    await backend.close();
    [bridge, browser] = await Promise.all([startBridgeProcess(dir), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const running = <T>(value: T | undefined): T => {
    if (!value) throw new Error("The file's bridge is not running");
    return value;
  };
  return { dir, browser: () => running(browser), url: () => running(bridge).url };
}

export interface StoredPost {
  id: string;
  title: string;
  date: string | null;
  time: string | null;
  status: string;
  updatedAt: string;
  approval: { by: string; at: string } | null;
  comments: { author: string; at: string; text: string }[];
}

/** Every post of the data folder's plan (not the trash), as another process reads it from disk. */
export async function postsOnDisk(dir: string): Promise<StoredPost[]> {
  const files = await planOnDisk(dir);
  return [...files].flatMap(([file, document]) => (file.startsWith('posts/') ? Object.values((document as { posts: Record<string, StoredPost> }).posts) : []));
}

export async function postOnDisk(dir: string, title: string): Promise<StoredPost | undefined> {
  return (await postsOnDisk(dir)).find((post) => post.title === title);
}

/** The plan's main document (association, channels, volunteers, duties, settings), as another process reads it from disk. */
export function mainOnDisk(dir: string) {
  return planFile(dir, 'somevuoro.json');
}

/** This laptop's own state (preferences, who I am), kept beside the plan. */
export function deviceOnDisk(dir: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'device', 'device.json'), 'utf8'));
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TestBackend } from './backend';
import { backendOn, closeBackendsOn } from './backend';
import type { BridgeProcess } from './bridge-process';
import { startBridgeProcess } from './bridge-process';
import { launchChromium } from './browser';
import { planFile, planOnDisk } from './plan-on-disk';

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
  return {
    browser: () => {
      if (!browser) throw new Error('The browser is not running');
      return browser;
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

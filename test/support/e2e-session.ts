import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BridgeProcess } from './bridge-process';
import { startBridgeProcess } from './bridge-process';
import { launchChromium } from './browser';

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

/** Every post in the data folder's month files, as stored. */
export function postsOnDisk(dir: string): StoredPost[] {
  const postsDir = path.join(dir, 'posts');
  return fs.readdirSync(postsDir).flatMap((file) => Object.values(JSON.parse(fs.readFileSync(path.join(postsDir, file), 'utf8')).posts as Record<string, StoredPost>));
}

export function postOnDisk(dir: string, title: string): StoredPost | undefined {
  return postsOnDisk(dir).find((post) => post.title === title);
}

export function mainOnDisk(dir: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'somevuoro.json'), 'utf8'));
}

/** This laptop's own state (preferences, who I am), kept beside the plan. */
export function deviceOnDisk(dir: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'device', 'device.json'), 'utf8'));
}

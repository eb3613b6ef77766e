import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/api/contract';
import { methodName } from '../../../shared/api/contract-kit';
import type { EventName, Subscribe } from '../../../shared/api/events-contract';

const exposed = vi.hoisted(() => ({
  name: '',
  api: {} as Record<string, (input: unknown) => Promise<unknown>>,
  invoked: [] as unknown[][],
  listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, (input: unknown) => Promise<unknown>>) => Object.assign(exposed, { name, api }),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void exposed.invoked.push(args),
    on: (name: string, listener: (event: unknown, payload: unknown) => void) => exposed.listeners.set(name, [...(exposed.listeners.get(name) ?? []), listener]),
    removeListener: (name: string, listener: (event: unknown, payload: unknown) => void) => exposed.listeners.set(name, (exposed.listeners.get(name) ?? []).filter((other) => other !== listener)),
  },
}));

/** What main sends on an event channel, as ipcRenderer hands it to the preload's listeners. */
const sendFromMain = (name: string, payload: unknown) => exposed.listeners.get(name)?.forEach((listener) => listener({}, payload));

describe('electron/preload.ts', () => {
  it('exposes one named function per contract channel, `on` for main’s events, and nothing else', async () => {
    await import('../../../electron/preload');
    expect(exposed.name).toBe('somevuoro');
    expect(Object.keys(exposed.api).sort()).toEqual([...channelNames.map((name) => methodName(name)), 'on'].sort());
    expect(Object.values(exposed.api).every((method) => typeof method === 'function')).toBe(true);
    expect(exposed.api).not.toHaveProperty('invoke');
  });

  it('sends each method to its own channel', async () => {
    await import('../../../electron/preload');
    await exposed.api.postsCreate({ title: 'Kevättalkoot' });
    await exposed.api.settingsGet({});
    expect(exposed.invoked).toEqual([
      ['posts:create', { title: 'Kevättalkoot' }],
      ['settings:get', {}],
    ]);
  });

  it('hands the page only the contract’s events with a payload their schema accepts, until it stops listening', async () => {
    await import('../../../electron/preload');
    const on = exposed.api.on as unknown as Subscribe;
    const heard: unknown[] = [];
    const stop = on('plan:changed', (payload) => heard.push(payload));
    sendFromMain('plan:changed', { version: 2 });
    sendFromMain('plan:changed', { version: -1 });
    sendFromMain('plan:changed', { version: 3, extra: '<script>' });
    sendFromMain('plan:changed', 'version 4');
    expect(on('posts:create' as EventName, () => heard.push('not an event'))()).toBeUndefined();
    sendFromMain('posts:create', { version: 5 });
    stop();
    sendFromMain('plan:changed', { version: 6 });
    expect(heard).toEqual([{ version: 2 }]);
    expect(exposed.listeners.get('posts:create') ?? []).toEqual([]);
  });
});

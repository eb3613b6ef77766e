import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/api/contract';
import { methodName } from '../../../shared/api/contract-kit';

const exposed = vi.hoisted(() => ({ name: '', api: {} as Record<string, (input: unknown) => Promise<unknown>>, invoked: [] as unknown[][] }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, (input: unknown) => Promise<unknown>>) => Object.assign(exposed, { name, api }),
  },
  ipcRenderer: { invoke: async (...args: unknown[]) => void exposed.invoked.push(args) },
}));

describe('electron/preload.ts', () => {
  it('exposes one named function per contract channel and nothing else', async () => {
    await import('../../../electron/preload');
    expect(exposed.name).toBe('somevuoro');
    expect(Object.keys(exposed.api).sort()).toEqual(channelNames.map((name) => methodName(name)).sort());
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
});

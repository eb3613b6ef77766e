import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import { bindApi } from '../shared/api/contract';
import type { Subscribe } from '../shared/api/events-contract';
import { isEventName, validated } from '../shared/api/events-contract';

/** Main's events reach the page's listener only for a contract event and a payload its schema accepts. */
const on: Subscribe = (name, listener) => {
  if (!isEventName(name)) return () => {};
  const check = validated(name, listener);
  const received = (_event: IpcRendererEvent, payload: unknown) => check(payload);
  ipcRenderer.on(name, received);
  return () => void ipcRenderer.removeListener(name, received);
};

// One named method per contract channel (window.somevuoro.postsCreate…) and `on` for main's
// events; the page never gets ipcRenderer or a way to name a channel itself.
contextBridge.exposeInMainWorld(
  'somevuoro',
  bindApi((channelName, input) => ipcRenderer.invoke(channelName, input), on),
);

import { contextBridge, ipcRenderer } from 'electron';
import { bindApi } from '../shared/api/contract';

// One named method per contract channel (window.somevuoro.postsCreate…); the page
// never gets ipcRenderer or a way to name a channel itself.
contextBridge.exposeInMainWorld(
  'somevuoro',
  bindApi((channelName, input) => ipcRenderer.invoke(channelName, input)),
);

import type { BrowserWindow, IpcMain, WebFrameMain } from 'electron';
import { failure } from '../../shared/api/contract-kit';
import { channelNames } from '../../shared/api/contract';
import type { Dispatch } from './dispatch';
import type { OnEvent } from './events';

/** One ipcMain handler per contract channel; the sender is checked before the payload is looked at. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, isTrustedSender: (frame: WebFrameMain | null) => boolean): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return failure('forbidden', 'This request did not come from the Somevuoro window.');
      return dispatch(name, payload);
    });
  }
}

/** Main's events to the app's window, where the preload hands them to the page's listeners. */
export function sendEvents(onEvent: OnEvent, window: Pick<BrowserWindow, 'isDestroyed' | 'webContents'>): () => void {
  return onEvent(({ name, payload }) => {
    if (!window.isDestroyed()) window.webContents.send(name, payload);
  });
}

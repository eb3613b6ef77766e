import type { Invoke, RendererApi } from '../../shared/api/contract';
import { bindApi } from '../../shared/api/contract';
import { failure, TOKEN_HEADER } from '../../shared/api/contract-kit';
import type { Subscribe } from '../../shared/api/events-contract';
import { EVENTS_PATH, isEventName, validated } from '../../shared/api/events-contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs over the web bridge. */
    somevuoro?: RendererApi;
  }
}

const TOKEN_KEY = 'somevuoro-token';

/** The bridge's token arrives in the address once; it is kept for this tab and taken out of the address bar. */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Chromium lets a page's keepalive requests carry 64 KiB of bodies in all at a time; small ones leave room for many. */
const KEEPALIVE_BODY_MAX = 4096;

function httpInvoke(token: string): Invoke {
  // A request must outlive the page that sent it, as Chromium cancels a leaving page's requests not yet answered
  // (Electron's IPC does not): a save sent a moment before the tab was closed was lost. Every small request is kept
  // alive, and any request sent as the page is left (set before the app's own listeners, added later, send what is
  // not yet saved), whatever its size.
  let leaving = false;
  for (const type of ['beforeunload', 'pagehide']) window.addEventListener(type, () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
  return async (channelName, input) => {
    try {
      const body = JSON.stringify(input ?? {});
      const response = await fetch(`/api/${encodeURIComponent(channelName)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: leaving || body.length <= KEEPALIVE_BODY_MAX,
      });
      return await response.json();
    } catch (error) {
      return failure('unavailable', (error as Error).message);
    }
  };
}

/** After the stream ends (the bridge restarted), it is opened again this much later. */
const RECONNECT_MS = 2000;

/**
 * Main's events from the bridge's Server-Sent Events stream, read with fetch (which can send
 * the token header, as EventSource cannot). One stream, opened at the first listener.
 */
function httpEvents(token: string): Subscribe {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const deliver = (message: string) => {
    const field = (name: string) => message.split('\n').find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
    const [name, data] = [field('event'), field('data')];
    if (name === undefined || data === undefined) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  const listen = async () => {
    for (;;) {
      try {
        const response = await fetch(EVENTS_PATH, { headers: { [TOKEN_HEADER]: token }, cache: 'no-store' });
        const reader = response.ok ? response.body?.pipeThrough(new TextDecoderStream()).getReader() : undefined;
        let buffered = '';
        for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
          const messages = (buffered + read.value).split('\n\n');
          buffered = messages.pop() ?? '';
          messages.forEach(deliver);
        }
      } catch {
        // The bridge is gone for now: asked again below.
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  let listening = false;
  return (name, listener) => {
    if (!isEventName(name)) return () => {};
    if (!listening) void listen();
    listening = true;
    const check = validated(name, listener);
    const named = listeners.get(name) ?? new Set();
    listeners.set(name, named.add(check));
    return () => void named.delete(check);
  };
}

/** The API over whichever transport this page has: Electron's preload, or the web bridge. */
export function connectApi(): RendererApi | null {
  if (window.somevuoro) return window.somevuoro;
  const token = takeToken();
  return token ? bindApi(httpInvoke(token), httpEvents(token)) : null;
}

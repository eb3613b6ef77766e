import type { Invoke, RendererApi } from '../../shared/api/contract';
import { bindApi } from '../../shared/api/contract';
import { failure, TOKEN_HEADER } from '../../shared/api/contract-kit';

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

function httpInvoke(token: string): Invoke {
  return async (channelName, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channelName)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      return await response.json();
    } catch (error) {
      return failure('unavailable', (error as Error).message);
    }
  };
}

/** The API over whichever transport this page has: Electron's preload, or the web bridge. */
export function connectApi(): RendererApi | null {
  if (window.somevuoro) return window.somevuoro;
  const token = takeToken();
  return token ? bindApi(httpInvoke(token)) : null;
}

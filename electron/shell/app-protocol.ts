import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import type { Dispatch } from '../api/dispatch';
import type { MediaLookup } from '../services/media/media-files';
import { expectedBytes } from '../services/media/media-files';
import { securityHeaders } from './content-security-policy';
import { indexPageResponse } from './index-page-response';

const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://somevuoro`;

/**
 * Must run before the app is ready: app:// behaves like https (origin, fetch, storage). Its scripts keep V8's compiled
 * code between starts (Chromium does so for http(s) only unless asked): opening compiled the first screen's code lazily
 * on the main thread, 65 ms of a 1,000-post open at load 8 in a Chromium trace, besides 50-60 ms parsing it off-thread.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer from app://somevuoro/, so that 'self' in the CSP means
 * exactly the app's own files (file:// would mean the whole disk), and the data
 * plan's images from app://somevuoro/media/<file> (names the app made only, whole files only:
 * one still arriving through a sync tool is "not found" until it is all there). The page itself carries
 * its first screen's answers from `dispatch` (issue 14), as the web bridge's does.
 */
export function serveRenderer(rendererDir: string, mediaFile: MediaLookup, dispatch: Dispatch): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname, searchParams } = new URL(request.url);
    if (host !== 'somevuoro') return new Response('Not found', { status: 404 });
    if (pathname.startsWith('/media/')) {
      const media = mediaFile(pathname.slice('/media/'.length), expectedBytes(searchParams.get('bytes')));
      if (!media) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
      return withSecurityHeaders(await net.fetch(pathToFileURL(media.file).toString()), media.type);
    }
    if (pathname === '/' || pathname === '/index.html') return indexPageResponse(rendererDir, dispatch);
    const file = path.normalize(path.join(rendererDir, decodeURIComponent(pathname)));
    if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()));
  });
}

function withSecurityHeaders(response: Response, type?: string): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
  if (type) headers.set('Content-Type', type);
  return new Response(response.body, { status: response.status, headers });
}

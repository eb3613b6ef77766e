import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveMediaFile } from '../services/media/media-files';
import { securityHeaders } from './content-security-policy';

const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://somevuoro`;

/** Must run before the app is ready: app:// behaves like https (origin, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://somevuoro/, so that 'self' in the CSP means
 * exactly the app's own files (file:// would mean the whole disk), and the data
 * folder's cover images from app://somevuoro/media/<file> (names the app made only).
 */
export function serveRenderer(rendererDir: string, mediaDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url);
    if (host !== 'somevuoro') return new Response('Not found', { status: 404 });
    if (pathname.startsWith('/media/')) {
      const media = resolveMediaFile(mediaDir, pathname.slice('/media/'.length));
      if (!media) return new Response('Not found', { status: 404 });
      return withSecurityHeaders(await net.fetch(pathToFileURL(media.file).toString()), media.type);
    }
    const file = path.normalize(path.join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
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

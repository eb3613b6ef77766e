import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiResult } from '../../shared/api/contract-kit';
import { failure, TOKEN_HEADER } from '../../shared/api/contract-kit';
import { EVENTS_PATH } from '../../shared/api/events-contract';
import type { Dispatch } from '../api/dispatch';
import type { OnEvent } from '../api/events';
import type { MediaLookup } from '../services/media/media-files';
import { expectedBytes } from '../services/media/media-files';
import { securityHeaders } from '../shell/content-security-policy';
import { firstScreenPage } from '../api/first-screen-page';

export interface WebBridgeOptions {
  dispatch: Dispatch;
  /** Main's events, streamed to each page at /events. */
  onEvent?: OnEvent;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The plan's images (MediaService.mediaFile): the whole file for a name the app made, served at /media/<file>; none means no images. */
  media?: MediaLookup;
  /** A backup zip main made, by its id (storedFilePath); served once at /exports/<id>, then removed. */
  exportFile?: (fileId: string) => string | null;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
}

export interface WebBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendResult(response: http.ServerResponse, status: number, result: ApiResult<unknown>, extraHeaders: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { ...securityHeaders, ...extraHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

/**
 * Images are fetched by <img> elements and backups downloaded by a link, neither of
 * which can send the token header: the bridge hands the token to the page as an
 * HttpOnly, SameSite=Strict cookie scoped to /media and to /exports (named per port,
 * since cookies are shared by every port of 127.0.0.1) on each authorised API call,
 * and those paths answer only with it.
 */
function mediaCookieName(port: number): string {
  return `somevuoro-media-${port}`;
}

/** The page itself, for the answers it carries (first-screen-page.ts): a reload has no token in its address, only this cookie. */
function pageCookieName(port: number): string {
  return `somevuoro-page-${port}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The name a download is saved under: the app's own file names are plain; anything else gets a generic one. */
function downloadName(asked: string | null): string {
  return asked && /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(asked) ? asked : 'somevuoro-backup.zip';
}

/** A backup streamed from disk, removed once the last byte is handed over (a new backup is made for a new download). */
function streamDownload(response: http.ServerResponse, file: string, name: string): void {
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'application/zip',
    'Content-Length': String(fs.statSync(file).size),
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  response.once('finish', () => fs.rmSync(file, { force: true }));
  fs.createReadStream(file).pipe(response);
}

/** Main's events as Server-Sent Events until the page goes; a comment first, so that the page's fetch is answered at once. */
function streamEvents(response: http.ServerResponse, onEvent: OnEvent | undefined): void {
  response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
  response.write(': listening\n\n');
  const stop = onEvent?.(({ name, payload }) => response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`));
  if (stop) response.once('close', stop);
}

/** A percent-decoded path, or null for a malformed escape ("%E0"): the client's mistake, answered as such. */
function decodedPath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The app's services over HTTP on 127.0.0.1, for `npm run web` and the browser
 * tests: the same dispatch as Electron IPC, behind a random token, answering only
 * requests addressed to this host and port (no DNS rebinding, no other origins).
 */
export async function startWebBridge({ dispatch, onEvent, rendererDir, media: mediaLookup, exportFile, port = 0, token = randomBytes(24).toString('hex') }: WebBridgeOptions): Promise<WebBridge> {
  let origins = new Set<string>();
  let cookieName = '';
  let pageCookie = '';

  // Never rejects: every failure is answered (500) inside.
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    try {
      const host = request.headers.host ?? '';
      if (!origins.has(`http://${host}`)) return send(response, 403, 'Refused: this server answers only on 127.0.0.1.', 'text/plain');
      const url = new URL(request.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') return sendResult(response, 405, failure('forbidden', 'Use POST.'));
        const origin = request.headers.origin;
        if (origin !== undefined && !origins.has(origin)) return sendResult(response, 403, failure('forbidden', 'Cross-origin request refused.'));
        const given = request.headers[TOKEN_HEADER];
        if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
          return sendResult(response, 403, failure('forbidden', 'Missing or wrong token; open the address the bridge printed.'));
        }
        const body = await readBody(request);
        if (body === null) return sendResult(response, 413, failure('invalid-input', 'The request is too large.'));
        let payload: unknown;
        try {
          payload = body === '' ? {} : JSON.parse(body);
        } catch {
          return sendResult(response, 400, failure('invalid-input', 'The request body is not JSON.'));
        }
        const cookies = ['/exports', '/media'].map((scope) => `${cookieName}=${token}; Path=${scope}; HttpOnly; SameSite=Strict`);
        const channelName = decodedPath(url.pathname.slice('/api/'.length));
        if (channelName === null) return sendResult(response, 400, failure('unknown-channel', 'The channel name is not a valid address.'));
        return sendResult(response, 200, await dispatch(channelName, payload), { 'Set-Cookie': cookies });
      }

      if (url.pathname === EVENTS_PATH) {
        if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain');
        const given = request.headers[TOKEN_HEADER];
        if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return send(response, 403, 'Forbidden', 'text/plain');
        return streamEvents(response, onEvent);
      }

      if (url.pathname.startsWith('/media/')) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
        if (!sameToken(cookieValue(request.headers.cookie, cookieName), token)) return send(response, 403, 'Forbidden', 'text/plain');
        // A file another laptop's sync tool is still copying is "not found" (yet): the page says so and asks again.
        const media = mediaLookup?.(url.pathname.slice('/media/'.length), expectedBytes(url.searchParams.get('bytes'))) ?? null;
        if (!media) return send(response, 404, 'Not found', 'text/plain');
        return send(response, 200, fs.readFileSync(media.file), media.type);
      }

      if (url.pathname.startsWith('/exports/')) {
        if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain');
        if (!sameToken(cookieValue(request.headers.cookie, cookieName), token)) return send(response, 403, 'Forbidden', 'text/plain');
        const file = exportFile?.(url.pathname.slice('/exports/'.length)) ?? null;
        if (!file) return send(response, 404, 'Not found', 'text/plain');
        return streamDownload(response, file, downloadName(url.searchParams.get('name')));
      }

      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
      const decoded = decodedPath(url.pathname);
      if (decoded === null) return send(response, 404, 'Not found', 'text/plain');
      const relative = url.pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
      // Only a page that will have the token carries the plan's data (a page without it shows "no connection").
      if (relative === 'index.html' && request.method === 'GET' && (sameToken(url.searchParams.get('token') ?? undefined, token) || sameToken(cookieValue(request.headers.cookie, pageCookie), token))) {
        response.writeHead(200, {
          ...securityHeaders,
          'Content-Type': contentTypes['.html'],
          'Cache-Control': 'no-store',
          'Set-Cookie': `${pageCookie}=${token}; Path=/; HttpOnly; SameSite=Strict`,
        });
        for await (const part of firstScreenPage(rendererDir, dispatch)) response.write(part);
        response.end();
        return;
      }
      const file = path.resolve(rendererDir, relative);
      if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return send(response, 404, 'Not found', 'text/plain');
      }
      send(response, 200, fs.readFileSync(file), contentTypes[path.extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      sendResult(response, 500, failure('internal', (error as Error).message));
    }
  };
  const server = http.createServer((request, response) => void answer(request, response));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  origins = new Set([`http://127.0.0.1:${actualPort}`, `http://localhost:${actualPort}`]);
  cookieName = mediaCookieName(actualPort);
  pageCookie = pageCookieName(actualPort);
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    port: actualPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

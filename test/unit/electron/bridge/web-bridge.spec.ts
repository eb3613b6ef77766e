import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent, OnEvent } from '../../../../electron/api/events';
import type { Dispatch } from '../../../../electron/api/dispatch';
import type { WebBridge } from '../../../../electron/bridge/web-bridge';
import type { FirstScreenAnswer } from '../../../../shared/api/first-screen';
import { EVENTS_PATH } from '../../../../shared/api/events-contract';
import { TOKEN_HEADER } from '../../../../shared/api/contract-kit';
import { startWebBridge } from '../../../../electron/bridge/web-bridge';
import { storedFilePath } from '../../../../electron/storage/transfer-folders';
import { backendOn } from '../../../support/backend';
import { zipEntries } from '../../../support/backup-files';
import { pngImage } from '../../../support/images';
import { tempDir } from '../../../support/temp-dir';

let bridge: WebBridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(dispatchThrough?: (dispatch: Dispatch) => Dispatch) {
  const dataDir = tempDir();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Somevuoro</title><body><div id="root"></div></body>');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'not for the web');
  const backend = await backendOn(dataDir);
  bridge = await startWebBridge({ dispatch: dispatchThrough?.(backend.dispatch) ?? backend.dispatch, rendererDir, media: (name, bytes) => backend.media.mediaFile(name, bytes), exportFile: (fileId) => storedFilePath(dataDir, fileId) });
  return { bridge, backend, dataDir, mediaDir: path.join(backend.repo.planDir, 'media'), base: `http://127.0.0.1:${bridge.port}` };
}

/** A raw request, so that the Host header can be anything (fetch will not let us). */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web bridge', () => {
  it('listens on 127.0.0.1 at a random port and prints an address with a long random token', async () => {
    const { bridge } = await start();
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    expect(bridge.port).toBeGreaterThan(0);
  });

  it('answers API calls that carry the token', async () => {
    const { base, bridge } = await start();
    const response = await fetch(`${base}/api/settings:get`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{}' });
    expect(await response.json()).toMatchObject({ ok: true, value: { language: 'fi', timeZone: 'Europe/Helsinki' } });
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    const { base } = await start();
    for (const headers of [{}, { [TOKEN_HEADER]: 'guess' }] as Record<string, string>[]) {
      const response = await fetch(`${base}/api/settings:get`, { method: 'POST', headers, body: '{}' });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('streams main’s events to the page that holds the token, as Server-Sent Events, until the page goes', async () => {
    const listeners = new Set<(event: AppEvent) => void>();
    const onEvent: OnEvent = (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    };
    const rendererDir = tempDir();
    bridge = await startWebBridge({ dispatch: (await backendOn(tempDir())).dispatch, onEvent, rendererDir });
    const base = `http://127.0.0.1:${bridge.port}`;
    for (const headers of [{}, { [TOKEN_HEADER]: 'guess' }] as Record<string, string>[]) {
      expect((await fetch(`${base}${EVENTS_PATH}`, { headers })).status).toBe(403);
    }
    expect(listeners.size).toBe(0);
    const stream = new AbortController();
    const response = await fetch(`${base}${EVENTS_PATH}`, { headers: { [TOKEN_HEADER]: bridge.token }, signal: stream.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.endsWith('\n\n')) received += (await reader.read()).value;
    for (const listener of listeners) listener({ name: 'plan:changed', payload: { version: 3 } });
    while (!received.includes('data: {"version":3}\n\n')) received += (await reader.read()).value;
    expect(received).toContain('event: plan:changed\ndata: {"version":3}\n\n');
    stream.abort();
    await expect.poll(() => listeners.size).toBe(0);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { bridge } = await start();
    const response = await request(bridge.port, { path: '/', headers: { Host: `evil.example:${bridge.port}` } });
    expect(response.status).toBe(403);
    const api = await request(bridge.port, { method: 'POST', path: '/api/settings:get', headers: { Host: 'evil.example', [TOKEN_HEADER]: bridge.token }, body: '{}' });
    expect(api.status).toBe(403);
  });

  it('refuses cross-origin API calls even with the token', async () => {
    const { bridge } = await start();
    const response = await request(bridge.port, {
      method: 'POST',
      path: '/api/settings:get',
      headers: { Host: `127.0.0.1:${bridge.port}`, Origin: 'https://evil.example', [TOKEN_HEADER]: bridge.token },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('answers a body that is not JSON with a clear error', async () => {
    const { base, bridge } = await start();
    const response = await fetch(`${base}/api/posts:create`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{"title":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.' } });
  });

  it('serves the renderer with the Content-Security-Policy, and nothing outside it', async () => {
    const { base, bridge } = await start();
    const page = await fetch(`${base}/`);
    expect(await page.text()).toContain('<title>Somevuoro</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await request(bridge.port, { path: '/../secret.txt', headers: { Host: `127.0.0.1:${bridge.port}` } });
    expect(escape.status).toBe(404);
    const encoded = await request(bridge.port, { path: '/%2e%2e/secret.txt', headers: { Host: `127.0.0.1:${bridge.port}` } });
    expect(encoded.status).toBe(404);
  });

  it('serves cover images only to the page that holds the token (as its cookie), and only names the app made', async () => {
    const { base, bridge, mediaDir } = await start();
    const png = pngImage(4, 3);
    const call = await fetch(`${base}/api/media:importImage`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: JSON.stringify({ fileName: 'a.png', data: png.toString('base64') }) });
    const { value } = (await call.json()) as { value: { file: string } };
    const cookie = (call.headers.get('set-cookie') ?? '').split(';')[0];
    expect(call.headers.get('set-cookie')).toMatch(/; Path=\/media; HttpOnly; SameSite=Strict$/);

    const served = await fetch(`${base}/media/${value.file}`, { headers: { cookie } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    expect((await fetch(`${base}/media/${value.file}`)).status).toBe(403);
    expect((await fetch(`${base}/media/${value.file}`, { headers: { cookie: `${cookie.split('=')[0]}=guess` } })).status).toBe(403);
    fs.writeFileSync(path.join(mediaDir, 'notes.png'), 'x');
    for (const name of ['notes.png', '..%2Fsecret.txt', '..%2F..%2Fsecret.txt', `${value.file.slice(0, -4)}.txt`]) {
      expect((await request(bridge.port, { path: `/media/${name}`, headers: { cookie, host: `127.0.0.1:${bridge.port}` } })).status, name).toBe(404);
    }
  });

  it("answers 'not found' for an image another laptop's sync tool has copied only in part, and serves it once whole", async () => {
    const { base, bridge, mediaDir } = await start();
    const png = pngImage(64, 48);
    const call = await fetch(`${base}/api/media:importImage`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: JSON.stringify({ fileName: 'a.png', data: png.toString('base64') }) });
    const { value } = (await call.json()) as { value: { file: string } };
    const cookie = (call.headers.get('set-cookie') ?? '').split(';')[0];
    const file = path.join(mediaDir, value.file);
    // What a sync tool leaves while copying: the name, and the first half of the bytes.
    fs.rmSync(file);
    fs.writeFileSync(file, png.subarray(0, png.length >> 1));
    expect((await fetch(`${base}/media/${value.file}`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(`${base}/media/${value.file}?bytes=${png.length}`, { headers: { cookie } })).status).toBe(404);
    fs.appendFileSync(file, png.subarray(png.length >> 1));
    const served = await fetch(`${base}/media/${value.file}?bytes=${png.length}`, { headers: { cookie } });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  it('sends a backup zip as a streamed download, once, only to the page that holds the token, and never as a JSON body', async () => {
    const { base, bridge, dataDir } = await start();
    const call = await fetch(`${base}/api/export:backup`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{}' });
    const { value } = (await call.json()) as { value: { fileId: string; fileName: string; bytes: number } };
    expect(value).toMatchObject({ fileId: expect.stringMatching(/^[0-9a-f-]{36}\.zip$/), fileName: expect.stringMatching(/^somevuoro-backup-.*\.zip$/) });
    expect(call.headers.get('set-cookie')).toMatch(/Path=\/exports; HttpOnly; SameSite=Strict/);
    const cookie = (call.headers.get('set-cookie') ?? '').split(';')[0];
    const url = `${base}/exports/${value.fileId}?name=${encodeURIComponent(value.fileName)}`;

    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { cookie: `${cookie.split('=')[0]}=guess` } })).status).toBe(403);
    for (const name of ['..%2Fsomevuoro.json', '..%2F..%2Fsecret.txt', 'somevuoro.json']) {
      expect((await request(bridge.port, { path: `/exports/${name}`, headers: { cookie, host: `127.0.0.1:${bridge.port}` } })).status, name).toBe(404);
    }

    const served = await fetch(url, { headers: { cookie } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/zip');
    expect(served.headers.get('content-disposition')).toBe(`attachment; filename="${value.fileName}"`);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(value.bytes);
    const saved = path.join(tempDir(), 'b.zip');
    fs.writeFileSync(saved, bytes);
    expect([...(await zipEntries(saved)).keys()]).toEqual(['backup.json']);
    // Downloaded once, then gone from the data folder.
    expect(fs.readdirSync(path.join(dataDir, '.tmp', 'exports'))).toEqual([]);
    expect((await fetch(url, { headers: { cookie } })).status).toBe(404);
  });

  /** The answers in a page's data block, and the page's text around it. */
  const answersIn = (html: string) => {
    const block = /<script type="application\/json" id="first-screen-answers">(.*?)<\/script>/s.exec(html)?.[1];
    return block === undefined ? null : (JSON.parse(block) as FirstScreenAnswer[]);
  };

  it('sends the page with its first screen’s answers, as the services give them, only with the token; a title cannot end the data block', async () => {
    const { base, bridge, backend } = await start();
    const title = '</script><script>alert(1)</script>';
    await backend.call('preferences:update', { calendarView: 'month', calendarDate: '2026-03-10' });
    await backend.call('posts:create', { title, date: '2026-03-12', status: 'idea' });
    const page = await fetch(`${base}/?token=${bridge.token}`);
    const html = await page.text();
    expect(html).not.toContain('<script>alert');
    const answers = answersIn(html) ?? [];
    const posts = answers.find((answer) => answer.channel === 'posts:list');
    expect(posts?.input).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(posts?.result).toMatchObject({ ok: true, value: [{ title }] });
    expect(answers.map((answer) => answer.channel)).toEqual(expect.arrayContaining(['settings:get', 'preferences:get', 'checklist:range', 'roster:coverage', 'channels:list']));
    // A reload's address has no token: the page's cookie stands for it.
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0];
    expect(page.headers.get('set-cookie')).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(answersIn(await (await fetch(`${base}/`, { headers: { cookie } })).text())).not.toBeNull();
    for (const headers of [{}, { cookie: `${cookie.split('=')[0]}=guess` }] as Record<string, string>[]) expect(answersIn(await (await fetch(`${base}/`, { headers })).text())).toBeNull();
    expect(answersIn(await (await fetch(`${base}/?token=guess`)).text())).toBeNull();
  });

  it('sends the page without waiting for the problems scan, which the page asks for itself', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { base, bridge } = await start((dispatch) => async (channel, payload) => {
      if (channel === 'plan:conflicts') await held;
      return dispatch(channel, payload);
    });
    const answers = answersIn(await (await fetch(`${base}/?token=${bridge.token}`)).text()) ?? [];
    expect(answers.map((answer) => answer.channel)).toEqual(expect.arrayContaining(['settings:get', 'posts:list']));
    expect(answers.map((answer) => answer.channel)).not.toContain('plan:conflicts');
    release();
  });
});

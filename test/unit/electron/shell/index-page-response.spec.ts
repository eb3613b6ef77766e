import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../../electron/api/dispatch';
import type { FirstScreenAnswer } from '../../../../shared/api/first-screen';
import { indexPageResponse } from '../../../../electron/shell/index-page-response';
import type { TestBackend } from '../../../support/backend';
import { backendOn } from '../../../support/backend';
import { tempDir } from '../../../support/temp-dir';

// Electron's app://somevuoro/index.html (shell/app-protocol.ts hands the page to this), run in plain Node.

let backend: TestBackend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

async function setUp() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Somevuoro</title><script type="module" src="./app.js"></script><body><div id="root"></div></body>');
  backend = await backendOn(tempDir());
  return { rendererDir, backend };
}

const answersIn = (html: string) => {
  const block = /<script type="application\/json" id="first-screen-answers">(.*?)<\/script>/s.exec(html)?.[1];
  return block === undefined ? null : (JSON.parse(block) as FirstScreenAnswer[]);
};

describe('the app:// page', () => {
  it('carries the first screen’s answers from the services, with the CSP, never cached; a title cannot end the data block', async () => {
    const { rendererDir, backend } = await setUp();
    const title = '</script><script>alert(1)</script>';
    await backend.call('preferences:update', { calendarView: 'month', calendarDate: '2026-03-10' });
    await backend.call('posts:create', { title, date: '2026-03-12', status: 'idea' });
    const response = indexPageResponse(rendererDir, backend.dispatch);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    const html = await response.text();
    expect(html).not.toContain('<script>alert');
    expect(html).toMatch(/^<!doctype html>.*<div id="root"><\/div><script type="application\/json"[^>]*>.*<\/script>\n<\/body>$/s);
    const answers = answersIn(html) ?? [];
    const posts = answers.find((answer) => answer.channel === 'posts:list');
    expect(posts?.input).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(posts?.result).toMatchObject({ ok: true, value: [{ title }] });
    expect(answers.map((answer) => answer.channel)).toEqual(expect.arrayContaining(['settings:get', 'preferences:get', 'checklist:range', 'roster:coverage']));
  });

  it('streams the head (the scripts to load) before the services have answered', async () => {
    const { rendererDir, backend } = await setUp();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const dispatch: Dispatch = async (channel, payload) => {
      await held;
      return backend.dispatch(channel, payload);
    };
    const reader = indexPageResponse(rendererDir, dispatch).body!.getReader();
    const head = new TextDecoder().decode((await reader.read()).value);
    expect(head).toContain('<script type="module" src="./app.js">');
    expect(head).not.toContain('first-screen-answers');
    release();
    let rest = '';
    for (let part = await reader.read(); !part.done; part = await reader.read()) rest += new TextDecoder().decode(part.value);
    expect(answersIn(head + rest)?.map((answer) => answer.channel)).toContain('posts:list');
  });
});

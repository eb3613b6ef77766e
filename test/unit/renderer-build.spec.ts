import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { build } from 'vite';
import config from '../../electron.vite.config';

/*
 * The renderer is what a user waits for at start: electron-vite would ship it
 * unminified (1.77 MB, 365 KB gzip, against 0.79 MB, 250 KB gzip minified), and
 * in one piece (284 KB gzip with every screen and all three languages).
 */

function rendererConfig() {
  if (typeof config !== 'object' || !('renderer' in config) || typeof config.renderer !== 'object') throw new Error('electron-vite config is not a plain object');
  return config.renderer;
}

const FIRST_SCREEN_LIMIT = 250_000;

/** The renderer as `npm run build` makes it, in memory: built once for the file's tests (~12 s each on two busy cores). */
let built: Promise<Rollup.OutputBundle[string][]> | undefined;
const buildRenderer = () => (built ??= buildOnce());

async function buildOnce(): Promise<Rollup.OutputBundle[string][]> {
  const renderer = rendererConfig();
  // Vitest sets NODE_ENV=test, which Vite would build React's development code with.
  const production = { 'process.env.NODE_ENV': JSON.stringify('production') };
  const result = await build({ ...renderer, configFile: false, logLevel: 'error', mode: 'production', define: production, build: { ...renderer.build, write: false } });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : []));
}

describe('the renderer build', () => {
  it('is minified and carries no source maps', () => {
    const renderer = rendererConfig();
    expect(renderer.build?.minify).toBe('esbuild');
    expect(renderer.build?.sourcemap).toBe(false);
  });

  it('runs the first screen’s script as soon as it has loaded, not after the page’s end (main’s answers, written last)', async () => {
    const html = (await buildRenderer()).find((file) => file.fileName === 'index.html');
    if (html?.type !== 'asset') throw new Error('no index.html in the build');
    expect(String(html.source)).toMatch(/<script async type="module" crossorigin src="[^"]*assets\/[^"]+\.js"><\/script>/);
  }, 180_000);

  it('opens the calendar with under 250 KB gzip: other screens, the editor and other languages load when first used', async () => {
    const files = await buildRenderer();
    const byName = new Map(files.map((file) => [file.fileName, file]));
    const html = byName.get('index.html');
    if (html?.type !== 'asset') throw new Error('no index.html in the build');
    const htmlText = String(html.source);
    // What the page loads before it runs: the scripts, preloads and stylesheets index.html names…
    const named = [...htmlText.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1]);
    const loaded = new Set(named);
    for (const name of named) {
      const file = byName.get(name);
      if (file?.type === 'chunk') for (const imported of file.imports) loaded.add(imported);
    }
    // …and the one language it shows (the largest, to be safe).
    const languages = files.filter((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.moduleIds.some((id) => /shared\/locales\/(en|fi|sv)\.ts$/.test(id)));
    const firstScreen = [...loaded].map((name) => byName.get(name)).filter((file) => file !== undefined);
    const gzipped = (file: Rollup.OutputBundle[string]) => gzipSync(file.type === 'chunk' ? file.code : file.source).length;
    const bytes = gzipSync(htmlText).length + firstScreen.reduce((sum, file) => sum + gzipped(file), 0) + Math.max(0, ...languages.map(gzipped));
    console.info(`first screen: ${firstScreen.map((file) => file.fileName).join(', ')} + a language: ${bytes} bytes gzip`);
    expect(bytes).toBeLessThan(FIRST_SCREEN_LIMIT);

    expect(languages).toHaveLength(3);
    for (const language of languages) expect(loaded.has(language.fileName), `${language.fileName} loads at start`).toBe(false);
    const firstModules = firstScreen.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
    for (const later of ['features/roster/RosterScreen.tsx', 'features/export/ExportScreen.tsx', 'features/settings/SettingsScreen.tsx', 'features/checklist/ChecklistScreen.tsx', 'features/post-editor/PostEditorDialog.tsx', 'shared/locales/sv/', 'shared/locales/en/'])
      expect(firstModules.filter((id) => id.includes(later)), `${later} is in the first screen's code`).toEqual([]);
  }, 180_000);
});

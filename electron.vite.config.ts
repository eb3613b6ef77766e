import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Rollup } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const rendererEntry = resolve(root, 'renderer/main.tsx');

/** Where the post editor's code starts: the dialog and the parts of other features it shows (app/feature-slots.tsx). */
const editorEntries = [
  'features/post-editor/PostEditorDialog.tsx',
  'features/checklist/PostChecklistSection.tsx',
  'features/review/ReviewSection.tsx',
  'features/checklist/AlbumNameField.tsx',
  'features/checklist/ChannelTextsField.tsx',
  'features/checklist/CoverImageField.tsx',
].map((file) => resolve(root, 'renderer', file));

/** Every module `from` reaches through static imports. */
function reachedFrom(from: string[], getModuleInfo: Rollup.ManualChunkMeta['getModuleInfo']): Set<string> {
  const reached = new Set<string>();
  const next = [...from];
  for (let module = next.pop(); module !== undefined; module = next.pop()) {
    if (reached.has(module)) continue;
    reached.add(module);
    next.push(...(getModuleInfo(module)?.importedIds ?? []));
  }
  return reached;
}

// Per build (a watching build runs several): the modules of its graph that each chunk takes.
const chunksOf = new WeakMap<Rollup.ManualChunkMeta['getModuleInfo'], { firstScreen: Set<string>; editor: Set<string> }>();

/**
 * Everything the first screen imports (statically, from renderer/main.tsx) in one chunk, so that
 * opening the app loads two files, not two dozen; the editor's code (fetched once the first screen
 * is idle) in another. Other screens and the languages, which import() loads when first used, are
 * left to Rollup. (Left to itself, Rollup splits what a lazy chunk shares with the first screen
 * into many small chunks, all of which index.html then preloads.)
 */
const firstScreenChunk: Rollup.GetManualChunk = (id, { getModuleInfo }) => {
  let chunks = chunksOf.get(getModuleInfo);
  if (!chunks) {
    chunks = { firstScreen: reachedFrom([rendererEntry], getModuleInfo), editor: reachedFrom(editorEntries, getModuleInfo) };
    chunksOf.set(getModuleInfo, chunks);
  }
  return chunks.firstScreen.has(id) ? 'first-screen' : chunks.editor.has(id) ? 'editor' : undefined;
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The read cache's warm-up worker (electron/storage/plan/cache-warm-up.ts) starts out/main/warm-up-worker.js.
      rollupOptions: { input: { main: resolve(root, 'electron/main.ts'), 'warm-up-worker': resolve(root, 'electron/storage/plan/warm-up-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle them (zod, the contract)
      // into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // The app icon doubles as the page's favicon.
    publicDir: resolve(root, 'assets'),
    plugins: [react()],
    // Features' *.module.css: kebab-case in the CSS (stylelint's pattern), styles.camelCase in the TSX.
    css: { modules: { localsConvention: 'camelCaseOnly' } },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified it loads in a third of the
      // bytes. No source maps: they would ship in the package and are not needed to run.
      minify: 'esbuild',
      sourcemap: false,
      // Which chunk holds what: the web bridge preloads the saved language's words from it (first-screen-page.ts).
      manifest: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') }, output: { manualChunks: firstScreenChunk } },
    },
  },
});

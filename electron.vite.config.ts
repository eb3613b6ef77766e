import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Rollup } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const rendererEntry = resolve(root, 'renderer/main.tsx');

// Per build (a watching build runs several): the modules of its graph that main.tsx reaches.
const firstScreenOf = new WeakMap<Rollup.ManualChunkMeta['getModuleInfo'], Set<string>>();

/**
 * Everything the first screen imports (statically, from renderer/main.tsx) in one chunk, so that
 * opening the app loads two files, not two dozen; what other screens, the editor and the
 * languages load with import() stays in chunks of their own, fetched when first used.
 * (Left to itself, Rollup splits what a lazy chunk shares with the first screen into many small
 * chunks, all of which index.html then preloads.)
 */
const firstScreenChunk: Rollup.GetManualChunk = (id, { getModuleInfo }) => {
  let reached = firstScreenOf.get(getModuleInfo);
  if (!reached) {
    reached = new Set<string>();
    const next = [rendererEntry];
    for (let module = next.pop(); module !== undefined; module = next.pop()) {
      if (reached.has(module)) continue;
      reached.add(module);
      next.push(...(getModuleInfo(module)?.importedIds ?? []));
    }
    firstScreenOf.set(getModuleInfo, reached);
  }
  return reached.has(id) ? 'first-screen' : undefined;
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(root, 'electron/main.ts') } },
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
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') }, output: { manualChunks: firstScreenChunk } },
    },
  },
});

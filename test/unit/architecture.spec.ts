import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Where a relative import points, from the project root, without extension ("renderer/features/review/ReviewView"). */
function target(file: string, spec: string): string {
  return path.posix.join(path.posix.dirname(file), spec);
}

/** `${file} imports ${spec}` for every relative import of a file under `from` that lands where `forbidden` says. */
function crossings(from: string, forbidden: (file: string, to: string) => boolean, files = sourceFiles(from)): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('.') && forbidden(file, target(file, spec)))
      .map((spec) => `${file} imports ${spec}`),
  );
}

const featureOf = (file: string) => /^renderer\/features\/([^/]+)\//.exec(file)?.[1];

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

describe('module boundaries', () => {
  it('keeps shared/ free of Electron, React, Node and the other layers', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(electron|electron-store|conf|react|react-dom|node:|fs$|path$)/.test(spec) || /\.\.\/(electron|renderer)\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps renderer/ away from Node, Electron and main-process code', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(electron|electron-store|conf|node:)/.test(spec) || /(^|\/)electron\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps each renderer feature out of the others and out of the app shell', () => {
    // One feature's part shown in another goes through renderer/entities/feature-slots.tsx, filled by app/.
    const offenders = crossings('renderer/features', (file, to) => (to.startsWith('renderer/features/') && featureOf(to) !== featureOf(file)) || to.startsWith('renderer/app/'));
    expect(offenders).toEqual([]);
  });

  it('keeps renderer/entities below the features and the app, and components below both', () => {
    expect(crossings('renderer/entities', (_file, to) => /^renderer\/(features|app)\//.test(to))).toEqual([]);
    expect(crossings('renderer/components', (_file, to) => /^renderer\/(features|entities|app)\//.test(to))).toEqual([]);
  });

  it('keeps shared/domain free of the API contract (the contract is built from the domain)', () => {
    expect(crossings('shared/domain', (_file, to) => to.startsWith('shared/api/'))).toEqual([]);
  });

  it('keeps electron/services free of the transport (electron/api/)', () => {
    expect(crossings('electron/services', (_file, to) => to.startsWith('electron/api/'))).toEqual([]);
  });

  it('finds the imports it checks (the scan itself works)', () => {
    expect(importsOf('renderer/main.tsx')).toContain('./app/App');
    expect(importsOf('electron/main.ts')).toContain('electron');
  });
});

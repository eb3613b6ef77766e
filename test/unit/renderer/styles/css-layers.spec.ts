import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The styles' layers (renderer/README.md "Styles, in layers"): tokens → base → components are the
 * only global stylesheets; every other one is a CSS Module whose rules start from a class of its own,
 * so no feature's rule can restyle another's (as the roster's .flag once did the calendar's pills, and
 * its .conflict-list the import preview).
 */

const root = path.resolve(__dirname, '../../../..');
const layers = ['tokens.css', 'base.css', 'components.css'].map((name) => `renderer/styles/${name}`);

function stylesheets(): string[] {
  return fs
    .readdirSync(path.join(root, 'renderer'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every selector of every rule (at-rules' preludes and keyframe steps left out), one per comma. */
function selectorsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{};]+)\{/g)]
    .map((match) => match[1].trim())
    .filter((prelude) => !prelude.startsWith('@') && !/^(from|to|\d+%)$/.test(prelude))
    .flatMap((prelude) => prelude.split(/,(?![^(]*\))/).map((selector) => selector.trim()));
}

const classesIn = (selector: string) => [...selector.matchAll(/\.(-?[a-zA-Z_][\w-]*)/g)].map((match) => match[1]);
const withoutGlobals = (selector: string) => selector.replace(/:global\([^)]*\)/g, '');

describe('styles in layers', () => {
  it('has no global stylesheet outside tokens, base and components: the rest are CSS Modules', () => {
    const global = stylesheets().filter((file) => !file.endsWith('.module.css'));
    expect(global).toEqual(layers.slice().sort());
  });

  it('starts every rule of a module from a class of its own, so it cannot restyle what another feature owns', () => {
    const unanchored = stylesheets()
      .filter((file) => file.endsWith('.module.css'))
      .flatMap((file) => selectorsOf(file).filter((selector) => classesIn(withoutGlobals(selector)).length === 0).map((selector) => `${file}: ${selector}`));
    expect(unanchored).toEqual([]);
  });

  it('reaches through :global() only the classes the shared layers define', () => {
    const shared = new Set(layers.flatMap((file) => selectorsOf(file).flatMap(classesIn)));
    const unknown = stylesheets()
      .filter((file) => file.endsWith('.module.css'))
      .flatMap((file) =>
        selectorsOf(file)
          .flatMap((selector) => [...selector.matchAll(/:global\(([^)]*)\)/g)].flatMap((match) => classesIn(match[1])))
          .filter((name) => !shared.has(name))
          .map((name) => `${file}: .${name}`),
      );
    expect(unknown).toEqual([]);
  });

  it('imports a module only beside it: a feature never borrows another one’s classes', () => {
    const sources = fs
      .readdirSync(path.join(root, 'renderer'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    const borrowed = sources.flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/(?:from|import)\s+['"]([^'"]+\.module\.css)['"]/g)]
        .map((match) => match[1])
        .filter((spec) => !/^\.\/[^/]+$/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(borrowed).toEqual([]);
  });
});

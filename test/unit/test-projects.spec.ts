import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mockingUnitFiles } from '../../vitest.config';

const root = path.resolve(import.meta.dirname, '../..');

/** The unit files that call vi.mock, relative to the project. */
function filesThatMock(): string[] {
  const folder = path.join(root, 'test', 'unit');
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.spec.ts') && /\bvi\.mock\(/.test(fs.readFileSync(path.join(folder, name), 'utf8')))
    .map((name) => path.posix.join('test', 'unit', name.split(path.sep).join('/')))
    .sort();
}

describe('the unit projects', () => {
  // The `unit` project shares one module graph between its files: a vi.mock there would replace the module for every
  // file after it, or not reach a module another file imported first.
  it('run every file that calls vi.mock apart (unit-tail), and no other file there for that reason', () => {
    expect(filesThatMock()).toEqual([...mockingUnitFiles].sort());
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../shared/api/contract';

const apiDir = path.resolve(import.meta.dirname, '../../../../shared/api');

/** Channel name → the contract file that declares it, read from the source ('posts:list': channel(…)). */
function declaringFiles(): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const file of fs.readdirSync(apiDir).filter((name) => name.endsWith('-contract.ts'))) {
    for (const match of fs.readFileSync(path.join(apiDir, file), 'utf8').matchAll(/^\s*'([a-z]+:[A-Za-z]+)':\s*channel\(/gm)) {
      files.set(match[1], [...(files.get(match[1]) ?? []), file]);
    }
  }
  return files;
}

describe('contract files and channel prefixes agree', () => {
  it('declares every channel in exactly one contract file', () => {
    const files = declaringFiles();
    expect([...files.keys()].sort()).toEqual([...channelNames].sort());
    expect([...files].filter(([, where]) => where.length !== 1)).toEqual([]);
  });

  it('keeps all channels of a prefix in one file, the file of that prefix when there is one', () => {
    const filesOfPrefix = new Map<string, Set<string>>();
    for (const [name, [file]] of declaringFiles()) {
      const prefix = name.split(':')[0];
      filesOfPrefix.set(prefix, (filesOfPrefix.get(prefix) ?? new Set()).add(file));
    }
    const split = [...filesOfPrefix].filter(([, files]) => files.size > 1).map(([prefix, files]) => `${prefix}: ${[...files].join(', ')}`);
    expect(split).toEqual([]);
    const elsewhere = [...filesOfPrefix]
      .filter(([prefix, files]) => fs.existsSync(path.join(apiDir, `${prefix}-contract.ts`)) && !files.has(`${prefix}-contract.ts`))
      .map(([prefix, files]) => `${prefix}: ${[...files].join(', ')}`);
    expect(elsewhere).toEqual([]);
  });
});

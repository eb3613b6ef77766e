import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readmes = ['README.md', 'shared/README.md', 'electron/README.md', 'electron/storage/README.md', 'renderer/README.md', 'test/README.md'];

/**
 * A README is the newcomer's map: every file it names as a path (`api/handlers.ts`,
 * `test/unit/architecture.spec.ts`) or as a document (`README.md`) must exist, relative to
 * the README's folder or to the project. Placeholders (`<domain>`, `…`) are skipped.
 */
function citedFiles(text: string): string[] {
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1].replace(/#.*$/, ''));
  // A document named in passing, without backticks ("see DOMAIN.md").
  const documents = [...text.matchAll(/(?<![\w./`-])([A-Z][\w-]*\.md)\b/g)].map((match) => match[1]);
  const cited = [...quoted, ...documents];
  return cited.filter((name) => /^[\w./-]+\.(ts|tsx|js|md|css)$/.test(name) && (name.includes('/') || name.endsWith('.md')));
}

describe('READMEs cite files that exist', () => {
  for (const readme of readmes) {
    it(readme, () => {
      const folder = path.dirname(path.join(root, readme));
      const missing = citedFiles(fs.readFileSync(path.join(root, readme), 'utf8')).filter(
        (name) => !fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(root, name)),
      );
      expect(missing).toEqual([]);
    });
  }
});

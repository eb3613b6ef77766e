import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../../shared/domain/settings';
import { locales } from '../../../../shared/locales/locales';

const root = join(__dirname, '../../../../shared/locales');
const reference = 'en';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

// Plural forms differ per language in principle (i18next's _one/_other/_few…); ours all use _one and _other.
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const read = (language: string, namespace: string) => JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')) as Tree;
const namespaces = readdirSync(join(root, reference)).map((file) => file.replace(/\.json$/, ''));

describe('locale files', () => {
  it('every language has the same namespace files, and the loader imports every one', () => {
    for (const language of languages) {
      expect(readdirSync(join(root, language)).map((file) => file.replace(/\.json$/, '')).sort(), language).toEqual([...namespaces].sort());
      expect(Object.keys(locales[language]).sort(), language).toEqual([...namespaces].sort());
    }
  });

  describe.each(namespaces)('%s', (namespace) => {
    const english = leaves(read(reference, namespace));
    it.each(languages.filter((language) => language !== reference))('%s has every key, no other, and the same {{placeholders}}', (language) => {
      const other = leaves(read(language, namespace));
      expect([...other.keys()].filter((key) => !english.has(key)), 'keys not in English').toEqual([]);
      expect([...english.keys()].filter((key) => !other.has(key)), 'keys missing').toEqual([]);
      const mismatched = [...english].filter(([key, text]) => other.has(key) && placeholders(other.get(key)!).join() !== placeholders(text).join());
      expect(mismatched.map(([key]) => key), 'placeholders differ').toEqual([]);
    });
    it('no language leaves a text empty that English has', () => {
      const emptyWhere = (language: string) => [...leaves(read(language, namespace))].filter(([key, text]) => !text.trim() && english.get(key)?.trim());
      for (const language of languages) expect(emptyWhere(language).map(([key]) => `${language}:${key}`)).toEqual([]);
    });
  });
});

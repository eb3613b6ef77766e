import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../../shared/domain/settings';
import { locales } from '../../../../shared/locales/locales';
import { resourcesFor } from '../../../../renderer/i18n/resources';

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
// A {{count}} beside a counted word needs i18next's plural forms ("1 posts" otherwise); these name a bare number.
const countWithoutNoun = new Set(['calendar:more', 'checklist:toFixTitle', 'checklist:adviceTitle', 'v:tooLong', 'v:tooMany']);
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

  it('names no key twice in one object (JSON.parse keeps the later one silently, so a merge that added a key again would change a text unseen)', () => {
    const twice: string[] = [];
    for (const language of languages) {
      for (const namespace of namespaces) {
        const text = readFileSync(join(root, language, `${namespace}.json`), 'utf8');
        // Each object's keys, at every depth: a key is a quoted string followed by a colon.
        const stack: Set<string>[] = [];
        for (const token of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:|[{}]/g)) {
          if (token[0] === '{') stack.push(new Set());
          else if (token[0] === '}') stack.pop();
          else if (stack.at(-1)?.has(token[1])) twice.push(`${language}/${namespace}: ${token[1]}`);
          else stack.at(-1)?.add(token[1]);
        }
      }
    }
    expect(twice).toEqual([]);
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
    it('a text that counts has plural forms (_one and _other)', () => {
      for (const language of languages) {
        const texts = leaves(read(language, namespace));
        const unplural = [...texts]
          .filter(([key, text]) => text.includes('{{count}}') && !countWithoutNoun.has(`${namespace}:${key}`))
          .filter(([key]) => !/_(one|other)$/.test(key) || !texts.has(key.replace(/_(one|other)$/, '_one')) || !texts.has(key.replace(/_(one|other)$/, '_other')));
        expect(unplural.map(([key]) => `${language}:${namespace}:${key}`)).toEqual([]);
      }
    });
    it('no language leaves a text empty that English has', () => {
      const emptyWhere = (language: string) => [...leaves(read(language, namespace))].filter(([key, text]) => !text.trim() && english.get(key)?.trim());
      for (const language of languages) expect(emptyWhere(language).map(([key]) => `${language}:${key}`)).toEqual([]);
    });
  });
});

describe('plural forms through i18next', () => {
  it('the calendar toolbar says "1 post", not "1 posts", in every language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: Object.fromEntries(await Promise.all(languages.map(async (language) => [language, await resourcesFor(language)]))), lng: 'en', interpolation: { escapeValue: false } });
    const countAll = (language: string, count: number) => i18n.getFixedT(language, 'calendar')('filters.countAll', { count });
    expect([countAll('en', 1), countAll('en', 6), countAll('fi', 1), countAll('fi', 6), countAll('sv', 1)]).toEqual(['1 post', '6 posts', '1 julkaisu', '6 julkaisua', '1 inlägg']);
    expect(i18n.getFixedT('en', 'calendar')('filters.count', { visible: 1, count: 1 })).toBe('Showing 1 of 1 post');
  });
});

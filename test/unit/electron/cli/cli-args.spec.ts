import { describe, expect, it } from 'vitest';
import { parseCli, systemLanguage, usage } from '../../../../electron/cli/cli-args';

const error = (args: string[], fallback?: 'fi' | 'sv' | 'en') => {
  const command = parseCli(args, fallback);
  return command.kind === 'error' ? command.message : `no error: ${command.kind}`;
};

describe('command line arguments', () => {
  it('reads an export with every option', () => {
    expect(parseCli(['export', '--format', 'csv', '--from', '1.3.2026', '--to', '2026-03-31', '--data', 'd', '--out', 'x.csv', '--lang', 'sv', '--separator', ',', '--channels', 'Instagram, fb', '--statuses', 'approved,draft', '--people', 'Anna', '--no-duties'])).toEqual({
      kind: 'export',
      language: 'sv',
      options: { format: 'csv', out: 'x.csv', from: '2026-03-01', to: '2026-03-31', dataDir: 'd', language: 'sv', separator: ',', channels: ['Instagram', 'fb'], statuses: ['approved', 'draft'], people: ['Anna'], includeDuties: false, includePosts: true },
    });
    expect(parseCli(['--help'])).toEqual({ kind: 'help', language: 'en' });
    expect(parseCli(['export', '--format', 'ics', '--out', '-', '--duties-only'])).toMatchObject({ kind: 'export', options: { from: null, to: null, includePosts: false, includeDuties: true } });
  });

  it('says what was expected for each mistake', () => {
    expect(error([])).toBe('Say what to do: export.');
    expect(error(['import'])).toBe('Unknown command "import".');
    expect(error(['export', '--format', 'docx', '--out', 'x'])).toBe('--format must be one of ics, csv, html, pdf, backup, got "docx".');
    expect(error(['export', '--out', 'x'])).toBe('--format must be one of ics, csv, html, pdf, backup.');
    expect(error(['export', '--format', 'ics'])).toBe('--out FILE is required ("-" writes to standard output).');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--from', '30.2.2026'])).toBe('--from must be a date such as 2026-03-01 or 1.3.2026, got "30.2.2026".');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--from', '2026-03-10', '--to', '2026-03-01'])).toBe('--to (2026-03-01) is before --from (2026-03-10).');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--lang', 'de'])).toBe('--lang must be fi, sv or en, got "de".');
    expect(error(['export', '--format', 'csv', '--out', 'x', '--separator', '|'])).toBe('--separator must be ";" or ",", got "|".');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--statuses', 'done'])).toBe('Unknown status done; use idea, draft, in-review, approved, published, cancelled.');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--no-duties', '--duties-only'])).toBe('--no-duties and --duties-only exclude each other.');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--colour', 'red'])).toMatch(/Unknown option '--colour'/);
  });

  it('speaks the language of --lang, else the system’s, help included', () => {
    expect(error(['export', '--format', 'docx', '--out', 'x', '--lang', 'fi'])).toBe('--format on jokin näistä: ics, csv, html, pdf, backup; annettu "docx".');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--from', '30.2.2026'], 'sv')).toBe('--from ska vara ett datum som 2026-03-01 eller 1.3.2026, fick "30.2.2026".');
    expect(error(['export', '--format', 'ics', '--out', 'x', '--lang', 'de'], 'fi')).toBe('--lang on fi, sv tai en; annettu "de".');
    expect(parseCli(['--help', '--lang', 'fi'])).toEqual({ kind: 'help', language: 'fi' });
    expect(usage('fi')).toMatch(/^Käyttö: npx somevuoro export/);
    expect(usage('sv')).toContain('bara dessa statusar: idea, draft, in-review, approved, published, cancelled');
    expect([systemLanguage({ LANG: 'fi_FI.UTF-8' }), systemLanguage({ LC_ALL: 'sv_FI.UTF-8', LANG: 'fi_FI.UTF-8' }), systemLanguage({ LANG: 'C.UTF-8' }), systemLanguage({})]).toEqual(['fi', 'sv', 'en', 'en']);
  });
});

import { parseArgs } from 'node:util';
import { parseDateInput } from '../../shared/calendar/date-input';
import type { LocalDate } from '../../shared/domain/local-time';
import type { PostStatus } from '../../shared/domain/post';
import { postStatuses } from '../../shared/domain/post';
import type { Language } from '../../shared/domain/settings';
import { languages } from '../../shared/domain/settings';
import type { CsvSeparator } from '../../shared/export/csv-separators';
import type { ExportFormat } from '../../shared/export/file-names';
import { exportFormats } from '../../shared/export/file-names';

export const usage = `Usage: npx somevuoro export --format ics|csv|html|pdf|backup --out FILE [options]

  --format F        ics (calendar), csv (spreadsheet), html (web page), pdf, backup (a zip of everything)
  --out FILE        where to write the file ("-" for standard output)
  --from DATE       first day, 2026-03-01 or 1.3.2026 (default: today)
  --to DATE         last day (default: four weeks from --from)
  --data DIR        the data folder (default: the app's own folder)
  --lang L          fi, sv or en (default: the app's language)
  --separator S     ";" (default, for Finnish/Swedish/Danish Excel) or "," for csv
  --channels A,B    only these channels (names or ids)
  --statuses A,B    only these statuses: ${postStatuses.join(', ')}
  --people A,B      only posts and duties of these volunteers (names or ids)
  --no-duties       leave the duty roster out
  --duties-only     only duties (with --people: one volunteer's duty calendar)

pdf needs Chromium (/usr/bin/chromium, or set CHROMIUM_PATH).`;

/** The schedule's formats, and the backup (a zip of everything, whatever the range). */
const cliFormats = [...exportFormats, 'backup'] as const;
type CliFormat = ExportFormat | 'backup';

export interface CliExport {
  format: CliFormat;
  out: string;
  from: LocalDate | null;
  to: LocalDate | null;
  dataDir: string | null;
  language: Language | undefined;
  separator: CsvSeparator | undefined;
  channels: string[];
  statuses: PostStatus[];
  people: string[];
  includeDuties: boolean;
  includePosts: boolean;
}

export type CliCommand = { kind: 'help' } | { kind: 'export'; options: CliExport } | { kind: 'error'; message: string };

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function date(value: string | undefined, name: string): LocalDate | null | string {
  if (value === undefined) return null;
  const parsed = parseDateInput(value);
  return parsed.ok && parsed.value ? parsed.value : `--${name} must be a date such as 2026-03-01 or 1.3.2026, got "${value}".`;
}

/** The command line, checked: every mistake gets a sentence saying what was expected. */
export function parseCli(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        data: { type: 'string' },
        lang: { type: 'string' },
        separator: { type: 'string' },
        channels: { type: 'string' },
        statuses: { type: 'string' },
        people: { type: 'string' },
        'no-duties': { type: 'boolean' },
        'duties-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  if (positionals[0] !== 'export' || positionals.length > 1) return { kind: 'error', message: positionals.length ? `Unknown command "${positionals.join(' ')}".` : 'Say what to do: export.' };
  if (!values.format || !(cliFormats as readonly string[]).includes(values.format)) return { kind: 'error', message: `--format must be one of ${cliFormats.join(', ')}${values.format ? `, got "${values.format}"` : ''}.` };
  if (!values.out) return { kind: 'error', message: '--out FILE is required ("-" writes to standard output).' };
  const from = date(values.from, 'from');
  const to = date(values.to, 'to');
  for (const problem of [from, to]) if (typeof problem === 'string' && problem.startsWith('--')) return { kind: 'error', message: problem };
  if (from && to && (to as string) < (from as string)) return { kind: 'error', message: `--to (${to}) is before --from (${from}).` };
  if (values.lang !== undefined && !(languages as readonly string[]).includes(values.lang)) return { kind: 'error', message: `--lang must be fi, sv or en, got "${values.lang}".` };
  if (values.separator !== undefined && values.separator !== ';' && values.separator !== ',') return { kind: 'error', message: `--separator must be ";" or ",", got "${values.separator}".` };
  const statuses = list(values.statuses);
  const unknown = statuses.filter((status) => !(postStatuses as readonly string[]).includes(status));
  if (unknown.length) return { kind: 'error', message: `Unknown status ${unknown.join(', ')}; use ${postStatuses.join(', ')}.` };
  if (values['no-duties'] && values['duties-only']) return { kind: 'error', message: '--no-duties and --duties-only exclude each other.' };
  return {
    kind: 'export',
    options: {
      format: values.format as CliFormat,
      out: values.out,
      from: from as LocalDate | null,
      to: to as LocalDate | null,
      dataDir: values.data ?? null,
      language: values.lang as Language | undefined,
      separator: values.separator as CsvSeparator | undefined,
      channels: list(values.channels),
      statuses: statuses as PostStatus[],
      people: list(values.people),
      includeDuties: !values['no-duties'],
      includePosts: !values['duties-only'],
    },
  };
}

import { parseArgs } from 'node:util';
import { parseDateInput } from '../../shared/calendar/date-input';
import type { LocalDate } from '../../shared/domain/local-time';
import type { PostStatus } from '../../shared/domain/post';
import { postStatuses } from '../../shared/domain/post';
import type { Language } from '../../shared/domain/settings';
import { languageFromLocale, languages } from '../../shared/domain/settings';
import type { CsvSeparator } from '../../shared/export/csv-separators';
import type { ExportFormat } from '../../shared/export/file-names';
import { exportFormats } from '../../shared/export/file-names';
import { translatorFor } from '../../shared/locales/translator';

/** The help text in `language`. */
export const usage = (language: Language) => translatorFor(language, 'cli')('usage', { statuses: postStatuses.join(', ') });

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

/** Every command knows the language its messages are in: --lang when given and known, else the system's. */
export type CliCommand = ({ kind: 'help' } | { kind: 'export'; options: CliExport } | { kind: 'error'; message: string }) & { language: Language };

/** The system's language, from the locale variables a terminal sets. */
export const systemLanguage = (env: NodeJS.ProcessEnv): Language => languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en');

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function date(value: string | undefined, name: string, t: CliText): LocalDate | null | { problem: string } {
  if (value === undefined) return null;
  const parsed = parseDateInput(value);
  return parsed.ok && parsed.value ? parsed.value : { problem: t('dateInvalid', { option: name, value }) };
}

type CliText = ReturnType<typeof translatorFor<'cli'>>;

/** The command line, checked: every mistake gets a sentence saying what was expected. */
export function parseCli(argv: string[], fallback: Language = 'en'): CliCommand {
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
    // node:util's own sentence ("Unknown option '--colour'…"), in English only.
    return { kind: 'error', message: (error as Error).message, language: fallback };
  }
  const { values, positionals } = parsed;
  const language = values.lang !== undefined && (languages as readonly string[]).includes(values.lang) ? (values.lang as Language) : fallback;
  const t = translatorFor(language, 'cli');
  const refuse = (message: string): CliCommand => ({ kind: 'error', message, language });
  if (values.help || positionals[0] === 'help') return { kind: 'help', language };
  if (positionals[0] !== 'export' || positionals.length > 1) return refuse(positionals.length ? t('unknownCommand', { command: positionals.join(' ') }) : t('noCommand'));
  const formats = cliFormats.join(', ');
  if (!values.format || !(cliFormats as readonly string[]).includes(values.format)) return refuse(values.format ? t('formatUnknown', { formats, format: values.format }) : t('formatMissing', { formats }));
  if (!values.out) return refuse(t('outMissing'));
  const from = date(values.from, 'from', t);
  const to = date(values.to, 'to', t);
  for (const found of [from, to]) if (found && typeof found === 'object') return refuse(found.problem);
  if (from && to && (to as string) < (from as string)) return refuse(t('toBeforeFrom', { to: to as string, from: from as string }));
  if (values.lang !== undefined && language !== values.lang) return refuse(t('langUnknown', { lang: values.lang }));
  if (values.separator !== undefined && values.separator !== ';' && values.separator !== ',') return refuse(t('separatorUnknown', { separator: values.separator }));
  const statuses = list(values.statuses);
  const unknown = statuses.filter((status) => !(postStatuses as readonly string[]).includes(status));
  if (unknown.length) return refuse(t('statusUnknown', { statuses: unknown.join(', '), known: postStatuses.join(', ') }));
  if (values['no-duties'] && values['duties-only']) return refuse(t('dutiesExclusive'));
  return {
    kind: 'export',
    language,
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

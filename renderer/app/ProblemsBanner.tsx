import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { format } from 'date-fns';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import type { Language } from '../../shared/domain/settings';
import { useAppStatus } from '../api/settings-queries';
import { dateLocales } from '../i18n/i18n';

/** Which part of the data a file holds, in words ("Posts of March 2026"). */
function whatIn(file: string, t: TFunction, language: Language): string {
  if (file === 'somevuoro.json') return t('problems.what.main');
  if (file === 'trash.json') return t('problems.what.trash');
  if (file === 'posts/undated.json') return t('problems.what.undated');
  const month = /^posts\/(\d{4})-(\d{2})\.json$/.exec(file);
  if (month) return t('problems.what.month', { month: format(new Date(Number(month[1]), Number(month[2]) - 1, 1), 'LLLL yyyy', { locale: dateLocales[language] }) });
  return t('problems.what.other', { file });
}

/** What happened to one file and what was done about it, as sentences in the user's language. */
function sentences(problem: StorageProblem, t: TFunction, language: Language): string[] {
  const what = whatIn(problem.file, t, language);
  const path = problem.movedTo ?? '';
  // An interrupted import concerns the whole folder, not one file.
  if (problem.kind === 'import-finished' || problem.kind === 'import-rolled-back') return [t(`problems.${problem.kind}`)];
  const told: string[] = [];
  if (problem.kind === 'corrupt') told.push(t('problems.corrupt', { what, path }));
  if (problem.kind === 'invalid') told.push(t('problems.invalid', { what }));
  if (problem.kind === 'migrated') told.push(t('problems.migrated', { version: problem.version ?? 0, path }));
  if (problem.kind === 'newer-version') told.push(t('problems.newer', { what, version: problem.version ?? 0 }));
  if (problem.dropped) told.push(t('problems.dropped', { count: problem.dropped }));
  if (problem.restored && problem.restoredFrom) told.push(t('problems.restored', { count: problem.restored, path: problem.restoredFrom }));
  if (problem.kind === 'corrupt' && problem.file === 'somevuoro.json' && !problem.restored) told.push(t('problems.startedEmpty'));
  if (problem.kind === 'invalid' && problem.movedTo) told.push(t('problems.kept', { path }));
  return told;
}

/** Data that was set aside, salvaged or upgraded when the folder was opened is told, never hidden. */
export function ProblemsBanner() {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const problems = useAppStatus().data?.problems ?? [];
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || problems.length === 0) return null;
  return (
    <section className="banner banner-warning" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('problems.title')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file}-${problem.movedTo}`}>
            <p>{sentences(problem, t, language).join(' ')}</p>
            {problem.detail ? (
              <details>
                <summary>{t('problems.details')}</summary>
                <code className="problem-detail">{problem.detail}</code>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../api/settings-queries';

/** Data that was set aside or upgraded when the folder was opened is told, never hidden. */
export function ProblemsBanner() {
  const { t } = useTranslation();
  const problems = useAppStatus().data?.problems ?? [];
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || problems.length === 0) return null;
  return (
    <section className="banner banner-warning" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('problems.title')}</h2>
      <ul>
        {problems.map((problem) =>
          // An interrupted import concerns the whole folder, not a file: said in full in the user's language.
          problem.kind === 'import-finished' || problem.kind === 'import-rolled-back' ? (
            <li key={problem.kind}>{t(`problems.${problem.kind}`)}</li>
          ) : (
            <li key={`${problem.file}-${problem.movedTo}`}>
              <strong>{problem.file}</strong>: {problem.detail} {problem.movedTo ? t('problems.kept', { path: problem.movedTo }) : null}
            </li>
          ),
        )}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventOf } from '../../../shared/api/events-contract';
import { useApi } from '../../api/api-context';
import { useValidationText } from '../../components/use-validation-text';

/*
 * A save nobody was waiting for failed in main (the storage engine's own, a merge of another
 * laptop's changes: plan:saveFailed): no request was refused for it, so it is told here, until
 * dismissed. A request's own failed save is refused and told where it was asked.
 */
export function SaveFailureBanner() {
  const { t } = useTranslation();
  const word = useValidationText();
  const api = useApi();
  const [failure, setFailure] = useState<EventOf<'plan:saveFailed'> | null>(null);
  useEffect(() => api.on('plan:saveFailed', setFailure), [api]);
  if (!failure) return null;
  return (
    <section className="banner banner-warning" role="alert" aria-labelledby="save-failure-title">
      <h2 id="save-failure-title">{t('storage.saveFailed')}</h2>
      <p>{word(failure.problem, { folder: failure.folder })}</p>
      <button type="button" onClick={() => setFailure(null)}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}

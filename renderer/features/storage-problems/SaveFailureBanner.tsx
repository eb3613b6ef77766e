import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventOf } from '../../../shared/api/events-contract';
import { useApi } from '../../api/api-context';

/*
 * A save nobody was waiting for failed in main (the storage engine's own, a merge of another
 * laptop's changes: plan:saveFailed): no request was refused for it, so it is told here, until
 * dismissed. A request's own failed save is refused (its change undone) and told where it was asked.
 * Its words are its own, not the refusals' v.storage* ("nothing was changed" is not what happened
 * here): what failed and what to do, then what it means for what was saved and what comes next.
 */

/** Each failure's sentence in common.json's storage.saveFailure (the compiler asks for a new problem's). */
const sentenceOf = {
  'v.storageNoPermission': 'storage.saveFailure.storageNoPermission',
  'v.storageDiskFull': 'storage.saveFailure.storageDiskFull',
  'v.storageReadOnly': 'storage.saveFailure.storageReadOnly',
  'v.storageWriteFailed': 'storage.saveFailure.storageWriteFailed',
} as const satisfies Record<EventOf<'plan:saveFailed'>['problem'], string>;

export function SaveFailureBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const [failure, setFailure] = useState<EventOf<'plan:saveFailed'> | null>(null);
  useEffect(() => api.on('plan:saveFailed', setFailure), [api]);
  if (!failure) return null;
  return (
    <section className="banner banner-warning" role="alert" aria-labelledby="save-failure-title">
      <h2 id="save-failure-title">{t('storage.saveFailed')}</h2>
      <p>{t(sentenceOf[failure.problem], { folder: failure.folder })}</p>
      <p>{t('storage.saveFailure.safe')}</p>
      <button type="button" onClick={() => setFailure(null)}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}

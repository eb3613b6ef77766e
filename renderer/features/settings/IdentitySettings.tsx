import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../api/identity-queries';
import { Dialog } from '../../components/Dialog';
import { WhoAreYouForm } from '../../entities/identity/WhoAreYouForm';

/** Settings › Who am I: who signs this laptop's changes in this plan, and a plain word that it is trust, not a lock. */
export function IdentitySettings() {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const me = useIdentity().data?.me;
  const [changing, setChanging] = useState(false);
  if (me === undefined) return null;
  return (
    <section className="panel" aria-labelledby="who-am-i-title">
      <h2 id="who-am-i-title">{t('whoAmI')}</h2>
      <p>{me ? tCommon('identity.chosen', { name: me.name }) : t('notChosen')}</p>
      <p className="muted">{tCommon('identity.trust')}</p>
      <button type="button" onClick={() => setChanging(true)}>
        {me ? t('changeIdentity') : tCommon('identity.choose')}
      </button>
      {changing ? (
        <Dialog title={tCommon('identity.title')} onDismiss={() => setChanging(false)} className="small-dialog">
          <WhoAreYouForm onDone={() => setChanging(false)} onCancel={() => setChanging(false)} />
        </Dialog>
      ) : null}
    </section>
  );
}

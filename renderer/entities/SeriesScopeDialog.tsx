import { useTranslation } from 'react-i18next';
import type { EditScope } from '../../shared/recurrence/series-edits';
import { Dialog } from '../components/Dialog';

const allScopes: readonly EditScope[] = ['this', 'following', 'all'];

/** Saving or deleting one post of a series asks how far it reaches, as calendar apps do; Esc or Cancel changes nothing. */
/** A new rule is a change of the series: "only this post" is not offered then. */
export function SeriesScopeDialog({ action, onChoose, onCancel, scopes = allScopes }: { action: 'edit' | 'delete'; onChoose: (scope: EditScope) => void; onCancel: () => void; scopes?: readonly EditScope[] }) {
  const { t } = useTranslation('recurrence');
  const { t: tCommon } = useTranslation();
  return (
    <Dialog title={t(action === 'edit' ? 'scope.editTitle' : 'scope.deleteTitle')} onDismiss={onCancel} className="small-dialog">
      <div className="dialog-actions">
        {scopes.map((scope, index) => (
          <button key={scope} type="button" className={index === 0 ? 'primary' : undefined} autoFocus={index === 0} onClick={() => onChoose(scope)}>
            {t(`scope.${scope}`)}
          </button>
        ))}
        <button type="button" onClick={onCancel}>
          {tCommon('actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

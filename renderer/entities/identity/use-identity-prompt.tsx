import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../api/identity-queries';
import { Dialog } from '../../components/Dialog';
import { WhoAreYouForm } from './WhoAreYouForm';

/**
 * Approving, commenting and ticking record who did it: while the person at this laptop
 * has not said who they are, ask first (Who are you?), then carry on with what they were doing.
 */
export function useIdentityPrompt(): { withIdentity: (then: () => void) => void; prompt: React.JSX.Element | null } {
  const { t } = useTranslation();
  const me = useIdentity().data?.me ?? null;
  const [pending, setPending] = useState<(() => void) | null>(null);

  const withIdentity = (then: () => void) => {
    if (me) then();
    else setPending(() => then);
  };
  const prompt = pending ? (
    <Dialog title={t('identity.title')} onDismiss={() => setPending(null)} className="small-dialog">
      <WhoAreYouForm
        onCancel={() => setPending(null)}
        onDone={() => {
          const then = pending;
          setPending(null);
          then();
        }}
      />
    </Dialog>
  ) : null;
  return { withIdentity, prompt };
}

import type { identityContract } from '../../../shared/api/identity-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { IdentityService } from './identity-service';

export function identityHandlers(identity: IdentityService): HandlersFor<typeof identityContract> {
  return {
    'identity:get': () => identity.get(),
    'identity:set': (choice) => identity.set(choice),
  };
}

import type { setupContract } from '../../../shared/api/setup-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { SetupService } from './setup-service';

export function setupHandlers(setup: SetupService): HandlersFor<typeof setupContract> {
  return {
    'setup:start': (input) => setup.start(input),
    'setup:loadSample': () => setup.loadSample(),
  };
}

import { confDocumentFiles } from '../../../../electron/storage/document-file';
import { Repository } from '../../../../electron/storage/repository';
import { describePlanRepository } from '../../../support/plan-repository-conformance';

// Today's JSON folder against what every storage under the services must do.
describePlanRepository('JSON folder', (dir, now) => Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' }));

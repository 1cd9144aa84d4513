import type { App } from '../app.js';
import type { DigestService } from '../services/digests.js';

/** What every feature needs: the app's stores and services, the digest composer, the admin ids. */
export interface FeatureDeps {
  app: App;
  digests: DigestService;
  adminIds: readonly number[];
}

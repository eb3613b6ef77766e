import type { SyncServerState } from '../../../shared/api/syncserver-contract';
import type { PlanRepository } from '../../storage/plan-repository';
import { DomainError } from '../domain-error';
import type { ServerLink } from './server-link';
import { linkToServer } from './server-link';
import type { ServerSettings } from './server-settings';

type Link = (planDir: string, address: string, secret: string, log: (error: unknown) => void) => ServerLink;

/**
 * Settings › Share this plan › Sync server (shared/api/syncserver-contract.ts): joins the open
 * plan's folder to a sync server (server-link.ts) with the plan's secret, from Settings, and
 * again at every start while it is on. The secret goes in and is never answered back.
 */
export class SyncServerService {
  private link: ServerLink | null = null;

  constructor(
    private readonly repo: PlanRepository,
    private readonly settings: ServerSettings,
    private readonly log: (error: unknown) => void,
    private readonly linkTo: Link = linkToServer,
  ) {
    const saved = settings.find(repo.planId);
    if (saved?.on) this.start(saved.address, saved.secret);
  }

  syncserverState(): SyncServerState {
    const saved = this.settings.find(this.repo.planId);
    return { address: saved?.address ?? null, secretSaved: saved !== null, secretEncrypted: this.settings.encrypts, status: this.status() };
  }

  async syncserverConnect({ address, secret }: { address: string; secret: string }): Promise<SyncServerState> {
    const kept = secret === '' ? (this.settings.find(this.repo.planId)?.secret ?? '') : secret;
    if (kept === '') throw new DomainError('invalid-input', 'The sync server needs the plan’s shared secret.', [{ path: 'secret', message: 'v.syncServerSecret' }]);
    this.settings.save(this.repo.planId, { address, secret: kept, on: true });
    await this.stop();
    this.start(address, kept);
    return this.syncserverState();
  }

  async syncserverDisconnect(): Promise<SyncServerState> {
    const saved = this.settings.find(this.repo.planId);
    if (saved) this.settings.save(this.repo.planId, { ...saved, on: false });
    await this.stop();
    return this.syncserverState();
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private status(): SyncServerState['status'] {
    if (!this.link) return 'off';
    return this.link.status();
  }

  private start(address: string, secret: string): void {
    this.link = this.linkTo(this.repo.planDir, address, secret, this.log);
  }

  private async stop(): Promise<void> {
    const link = this.link;
    this.link = null;
    await link?.close();
  }
}

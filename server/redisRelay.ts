import { Redis, type Configuration } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload, onChangePayload } from '@hocuspocus/server';
import type { Log } from './log';
import { RELAY_UNREACHABLE, Refusal, TRY_AGAIN_LATER } from './refusal';

/**
 * Hocuspocus's Redis extension as the newsroom uses it: Redis carries changes between
 * instances and nothing else, so an instance keeps serving its own clients while Redis is away
 * and brings the others up to date once it is back.
 *
 * - No store lock. The extension takes a Redlock lock before each store and skips the store
 *   when it cannot get one; with Redis away that is every store, and a lock error has crashed
 *   servers (hocuspocus PR #983) or kept documents loaded forever (#846, #954, #1156). Every
 *   store merges into what is stored (`mergeStates`, serialised per story by the store), so
 *   two instances storing at once lose nothing and no lock is needed.
 * - A relay message that cannot go out while Redis is away is dropped, not queued for later
 *   (`maxRetriesPerRequest: 0`): once Redis is back each instance announces the state of every
 *   story it has open, and the others answer with whatever it missed, in both directions.
 */
export class RedisRelay extends Redis {
  private unavailable = false;
  private destroyed = false;

  constructor(configuration: Partial<Configuration>, private readonly log: Log) {
    super({ ...configuration, options: { ...configuration.options, maxRetriesPerRequest: 0 } });
    // A publish that fails while Redis is away rejects; where the extension answers another
    // instance (its MessageReceiver reply callback) nobody awaits that promise, and an
    // unhandled rejection ends a Node process. Marked as handled here, still rejecting for
    // every caller that awaits it; the resync once Redis is back sends what it carried.
    const publish = this.pub.publish.bind(this.pub) as (...args: unknown[]) => Promise<number>;
    this.pub.publish = ((...args: unknown[]) => {
      const published = publish(...args);
      published.catch(() => undefined);
      return published;
    }) as typeof this.pub.publish;
    for (const client of [this.pub, this.sub]) {
      // ioredis reports each failed reconnection as an error; heard here, once per outage.
      client.on('error', (error: Error) => this.lost(error.message));
      client.on('close', () => this.lost('the connection closed'));
      client.on('ready', () => {
        if (this.unavailable && this.pub.status === 'ready' && this.sub.status === 'ready') this.back();
      });
    }
  }

  override async onStoreDocument(): Promise<void> {}

  // A story opened while Redis is away could not hear the other instances: refused, saying why.
  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    try {
      await super.afterLoadDocument(payload);
    } catch (error) {
      this.log({ event: 'load-refused', level: 'warn', story: payload.documentName, reason: (error as Error).message });
      throw new Refusal(RELAY_UNREACHABLE, TRY_AGAIN_LATER);
    }
  }

  override async onDestroy(): Promise<void> {
    this.destroyed = true;
    await super.onDestroy();
  }

  private lost(reason: string): void {
    if (this.unavailable || this.destroyed) return;
    this.unavailable = true;
    this.log({ event: 'redis-unavailable', level: 'warn', reason, documents: this.instance?.getDocumentsCount() ?? 0 });
  }

  private back(): void {
    this.unavailable = false;
    this.resync().then(
      (documents) => this.log({ event: 'redis-back', documents }),
      (error: Error) => this.lost(error.message),
    );
  }

  /** Asks the other instances for what this one missed, and offers them what they missed, for every open story. */
  private async resync(): Promise<number> {
    // Commands on one connection run in order: once this answers, ioredis has subscribed again.
    await this.sub.ping();
    const documents = [...this.instance.documents.entries()];
    for (const [documentName, document] of documents) {
      // The extension's own change hook publishes the document's state vector (a sync step 1);
      // a peer answers with what this instance lacks and asks in turn for what it lacks.
      await this.onChange({ documentName, document, transactionOrigin: undefined } as onChangePayload);
    }
    return documents.length;
  }
}

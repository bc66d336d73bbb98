// The floor under edit-to-other-client latency: a message of the same size as a typed key's,
// published through Redis alone from one client to another, in this process while the load
// runs (so it waits behind the same busy machine and event loop as the simulated people).
import IORedis from 'ioredis';

export type RedisFloor = Readonly<{
  /** Stops publishing and returns each message's publish-to-receive time (ms). */
  stop(): Promise<number[]>;
}>;

export async function startRedisFloor(options: Readonly<{ url: string; channel: string; messageBytes: number; everyMs: number }>): Promise<RedisFloor> {
  const publisher = new IORedis(options.url);
  const subscriber = new IORedis(options.url);
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  subscriber.on('messageBuffer', (_channel: Buffer, message: Buffer) => {
    const sequence = message.readUInt32BE(0);
    const sent = sentAt.get(sequence);
    if (sent === undefined) return;
    latencies.push(performance.now() - sent);
    sentAt.delete(sequence);
  });
  await subscriber.subscribe(options.channel);

  let sequence = 0;
  const message = Buffer.alloc(Math.max(4, options.messageBytes));
  const timer = setInterval(() => {
    message.writeUInt32BE(++sequence, 0);
    sentAt.set(sequence, performance.now());
    void publisher.publish(options.channel, message);
  }, options.everyMs);

  return {
    async stop() {
      clearInterval(timer);
      // Whatever is still on its way arrives in a moment; a ping through the subscriber's
      // connection is answered only after every message before it.
      await publisher.ping();
      await subscriber.ping().catch(() => undefined);
      await Promise.all([publisher.quit(), subscriber.quit()]);
      return latencies;
    },
  };
}

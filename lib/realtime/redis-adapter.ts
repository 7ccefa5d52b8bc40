import { createAdapter } from "@socket.io/redis-adapter";
import { createRedisConnection, redisKey } from "@/lib/redis";

/**
 * Socket.IO's Redis adapter: an emit to a room in one app process reaches the sockets in that
 * room on every process. It needs two connections of its own, since a subscribed connection can
 * do nothing else.
 */
export function redisAdapter(opts: { url?: string; key?: string } = {}): ReturnType<typeof createAdapter> {
  const pub = createRedisConnection("socket.io-pub", { url: opts.url });
  const sub = createRedisConnection("socket.io-sub", { url: opts.url });
  return createAdapter(pub, sub, { key: opts.key ?? redisKey("socket.io") });
}

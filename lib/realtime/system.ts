import { z } from "zod";
import { defineNamespace } from "./kit";

/**
 * `/system`: notices addressed to one user (cache cleared, and the like). Any signed-in user may
 * connect; clients send nothing here, they only listen. `notifyUser` emits to a user's sockets.
 */
export const systemNamespace = defineNamespace({
  name: "/system",
  roles: "any",
  events: {},
  emits: {
    "cache:cleared": z.object({ prefix: z.string().nullable(), cleared: z.number().int() }),
  },
});

export const SYSTEM_NAMESPACE = systemNamespace.name;

type SystemEmits = NonNullable<typeof systemNamespace.options.emits>;

/**
 * Sends `event` to every socket of one user in `/system`, on whichever app process it is
 * connected to, also from a worker process when Redis is configured. False when no client can be
 * reached from here.
 */
export function notifyUser<E extends keyof SystemEmits & string>(userId: string, event: E, payload: z.input<SystemEmits[E]>): boolean {
  return systemNamespace.toUser(userId).emit(event, payload);
}

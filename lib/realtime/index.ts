/**
 * Realtime (Socket.IO). A feature describes a namespace with `defineNamespace` (and lists its
 * module in namespace-modules.ts); the kit authenticates the handshake, checks roles, validates
 * every event's payload and limits its rate, and ends sockets with their login session. Emit to a
 * namespace's rooms with the definition's `to(room).emit(...)` / `toUser(id).emit(...)`, from
 * any process. The custom server attaches it all with `attachRealtime` from `./server`.
 */
export { defineNamespace, userRoom, type Ack, type EventContext, type NamespaceDefinition, type RealtimeError } from "./kit";
export { realtimeMode, type RealtimeMode } from "./state";
export { notifyUser, systemNamespace, SYSTEM_NAMESPACE } from "./system";

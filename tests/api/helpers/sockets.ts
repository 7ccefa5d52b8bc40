import { io as connect, type Socket } from "socket.io-client";

/** Socket.IO clients of one test file; `closeSockets` in afterAll ends them. */
const opened: Socket[] = [];

export function openSystemSocket(url: string, token?: string): Socket {
  const socket = connect(`${url}/system`, { auth: token ? { token } : {}, transports: ["websocket"], reconnection: false });
  opened.push(socket);
  return socket;
}

export function closeSockets(): void {
  for (const s of opened.splice(0)) s.disconnect();
}

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

export function nextEvent<T>(socket: Socket, event: string, ms = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

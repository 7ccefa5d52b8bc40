import { io as connect, type Socket } from "socket.io-client";

/** Socket.IO clients of one test file; `closeSockets` in afterAll ends them. */
const opened: Socket[] = [];

/** A client of one namespace; `origin` sends an Origin header, as a browser page would. */
export function openSocket(url: string, namespace: string, opts: { token?: string; origin?: string } = {}): Socket {
  const socket = connect(`${url}${namespace}`, {
    auth: opts.token ? { token: opts.token } : {},
    extraHeaders: opts.origin ? { origin: opts.origin } : {},
    transports: ["websocket"],
    reconnection: false,
  });
  opened.push(socket);
  return socket;
}

export function openSystemSocket(url: string, token?: string): Socket {
  return openSocket(url, "/system", { token });
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

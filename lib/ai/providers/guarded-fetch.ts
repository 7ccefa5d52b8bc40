import dns from "node:dns";
import net from "node:net";
import type { buildConnector, fetch as undiciFetch } from "undici";
import { undici } from "@/lib/packages";
import { isLocalHostname, isPublicAddress } from "./address-policy";

/** Thrown (as the cause of the fetch failure) when a user's base URL leads to a refused address. */
export class BlockedAddressError extends Error {
  readonly code = "ERR_AI_ADDRESS_BLOCKED";
  constructor() {
    super("The AI base URL resolves to an address this server may not call");
    this.name = "BlockedAddressError";
  }
}

export type Resolve = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export interface GuardOptions {
  /** Let private addresses through too (the operator's AI_ALLOW_PRIVATE_BASE_URLS). */
  allowPrivate: boolean;
  /** Name resolution; tests inject one (a public-looking name that resolves to 127.0.0.1). */
  resolve?: Resolve;
  connectTimeoutMs?: number;
}

/**
 * An undici connector that resolves the host itself, refuses the connection unless every
 * address is public, and then connects to exactly the address it checked. The check is on the
 * socket actually opened, so there is no window between a check and a second lookup (DNS
 * rebinding), and literal addresses, which net.connect would never look up, are checked too.
 * TLS still verifies the certificate against the URL's host name (undici takes it from `host`).
 */
export function guardedConnector(opts: GuardOptions): buildConnector.connector {
  const connect = undici().buildConnector({ timeout: opts.connectTimeoutMs ?? 10_000 });
  const resolve = opts.resolve ?? systemResolve;
  return (options, callback) => {
    // undici hands IPv6 hosts without brackets.
    const host = options.hostname;
    const addresses: Promise<string[]> = net.isIP(host)
      ? Promise.resolve([host])
      : !opts.allowPrivate && isLocalHostname(host)
        ? Promise.reject(new BlockedAddressError())
        : resolve(host).then((found) => found.map((a) => a.address));
    addresses.then(
      (list) => {
        if (!list.length) throw new BlockedAddressError();
        if (!opts.allowPrivate && !list.every(isPublicAddress)) throw new BlockedAddressError();
        connect({ ...options, hostname: list[0] }, callback);
      },
    ).catch((err: Error) => callback(err, null));
  };
}

/**
 * The fetch the OpenAI SDK uses for a user's own base URL: connections through the guarded
 * connector, and redirects never followed (a 3xx is an answer, so the key is never re-sent to
 * wherever a Location points).
 */
export function guardedFetch(opts: GuardOptions): typeof fetch {
  const { Agent, fetch: fetchVia } = undici();
  const dispatcher = new Agent({ connect: guardedConnector(opts) });
  const guarded = (input: string | URL | Request, init?: RequestInit) =>
    fetchVia(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
      redirect: "manual",
    });
  return guarded as unknown as typeof fetch;
}

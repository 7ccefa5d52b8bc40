import net from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which addresses a user's own AI base URL may reach. The server makes these requests itself, so
 * a URL into its own network (loopback, the cloud metadata service at 169.254.169.254, Redis,
 * PostgreSQL, other hosts on the private network) would let any user call those services (SSRF).
 * Only globally routable unicast addresses pass: not private, loopback, link-local, multicast,
 * broadcast, unspecified, reserved or documentation ranges, carrier-grade NAT, unique-local, and
 * no IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo), whatever it is.
 */
export function isPublicAddress(address: string): boolean {
  // Only canonical literals (what DNS and WHATWG URL give); "127.1" and the like are refused.
  const bare = address.replace(/%.*$/, "");
  if (!net.isIP(bare)) return false;
  return ipaddr.parse(bare).range() === "unicast";
}

/**
 * Host names that name the server itself or its own network whatever DNS says: localhost and
 * *.localhost (RFC 6761), mDNS and internal zones, and single-label names ("redis", "postgres":
 * other containers beside this one). A trailing dot ("localhost.") changes nothing.
 */
export function isLocalHostname(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.+$/, "");
  if (net.isIP(h)) return false;
  return h === "" || h === "localhost" || /\.(localhost|local|internal|localdomain|home\.arpa)$/.test(h) || !h.includes(".");
}

/** What a URL's host says before any lookup: a literal address that is not public, or a local name. */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "");
  return net.isIP(h) ? !isPublicAddress(h) : isLocalHostname(h);
}

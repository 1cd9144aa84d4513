import dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Human name of the range an address is in ("loopback", "private", ...), or "public" when the default
 * policy lets it through, or "invalid" when it does not parse.
 *
 * Rules: IPv4 must be plain unicast (ipaddr.js range 'unicast'); everything special — private,
 * loopback, link-local (cloud metadata at 169.254.169.254), CGNAT 100.64/10, multicast, broadcast,
 * unspecified, reserved/documentation/benchmarking — is refused. IPv6 must be global unicast
 * (2000::/3 and not a special range); forms that embed an IPv4 address (IPv4-mapped ::ffff:0:0/96,
 * NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the embedded IPv4 address, so ::ffff:127.0.0.1
 * is loopback, while 64:ff9b::<public v4> keeps working on DNS64 networks.
 */
export function classifyAddress(ip: string): string {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(ip);
  } catch {
    return 'invalid';
  }
  if (addr.kind() === 'ipv4') return classifyV4(addr as ipaddr.IPv4);
  return classifyV6(addr as ipaddr.IPv6);
}

/** The default address policy: true only for publicly routable unicast addresses. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

const V4_NAMES: Record<string, string> = {
  unicast: 'public',
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  carrierGradeNat: 'shared (CGNAT)',
  multicast: 'multicast',
  broadcast: 'broadcast',
  unspecified: 'unspecified',
};

function classifyV4(addr: ipaddr.IPv4): string {
  const range = addr.range();
  return V4_NAMES[range] ?? 'reserved';
}

const V6_NAMES: Record<string, string> = {
  loopback: 'loopback',
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  uniqueLocal: 'private (ULA)',
  multicast: 'multicast',
  deprecatedSiteLocal: 'site-local',
};

const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

function classifyV6(addr: ipaddr.IPv6): string {
  const range = addr.range();
  const p = addr.parts;
  if (range === 'ipv4Mapped') return classifyV4(addr.toIPv4Address());
  if (range === 'rfc6052' && p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0) {
    // 64:ff9b::/96 — the well-known NAT64 prefix; the last 32 bits are the IPv4 destination.
    return classifyV4(v4FromParts(p[6], p[7]));
  }
  if (range === '6to4') return classifyV4(v4FromParts(p[1], p[2]));
  if (range === 'unicast' && addr.match(GLOBAL_UNICAST)) return 'public';
  return V6_NAMES[range] ?? 'reserved';
}

function v4FromParts(hi: number | undefined, lo: number | undefined): ipaddr.IPv4 {
  const h = hi ?? 0;
  const l = lo ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

/** Strips the brackets WHATWG URL keeps around IPv6 literals ("[::1]" → "::1"). */
export function unbracket(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Thrown (via the socket) when a host resolves to an address the policy refuses. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_TROIKA_BLOCKED_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(blockedMessage(host, address));
    this.name = 'BlockedAddressError';
  }
}

/** "refused: feeds.example resolves to a private address (10.0.0.1)" / "refused: 127.0.0.1 is a loopback address". */
export function blockedMessage(host: string, address: string): string {
  const cls = classifyAddress(address);
  const what = cls === 'public' ? 'a disallowed' : `${/^[aeiou]/.test(cls) ? 'an' : 'a'} ${cls}`;
  return host === address
    ? `refused: ${address} is ${what} address`
    : `refused: ${host} resolves to ${what} address (${address})`;
}

type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `lookup` for http.request that resolves with dns.lookup and refuses the connection when ANY
 * returned address is disallowed. Running the check inside the connect path (not before it) means the
 * address we check is the address we connect to, so DNS rebinding cannot slip a private IP in
 * between. Handles both callback shapes Node uses (`all: true` with autoSelectFamily, and single).
 */
export function createGuardedLookup(isAllowed: (ip: string) => boolean, resolve: Resolver = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      const blocked = addresses.find((a) => !isAllowed(a.address));
      if (blocked) {
        callback(new BlockedAddressError(hostname, blocked.address), '', 0);
        return;
      }
      const first = addresses[0];
      if (!first) {
        const e: NodeJS.ErrnoException = new Error(`no addresses for ${hostname}`);
        e.code = 'ENOTFOUND';
        callback(e, '', 0);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

import net from 'node:net';
import type { LookupAddress } from 'node:dns';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyAddress, fetchFeed, isPublicAddress } from '../../src/fetch/index.js';
import type { FetchOptions, FetchOutcome, Validators } from '../../src/fetch/index.js';
import { BlockedAddressError, createGuardedLookup } from '../../src/fetch/address-policy.js';
import { redirect, respond, startFeedServer } from '../helpers/feed-server.js';
import type { FeedServer } from '../helpers/feed-server.js';

const NO_VALIDATORS: Validators = { etag: null, lastModified: null };
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const DEFAULTS: FetchOptions = { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: false, userAgent: 'Troika-test/0.1' };

/** Lets the first address check through (our loopback test server), then applies the real default policy. */
function firstHopOnly(): (ip: string) => boolean {
  let first = true;
  return (ip) => {
    if (first) {
      first = false;
      return true;
    }
    return isPublicAddress(ip);
  };
}

function errorOf(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
  return outcome.error;
}

let server: FeedServer;
let connectHosts: string[];
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  connectHosts = [];
  // Record every outgoing TCP connect, so a test can prove a connection was never even attempted.
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const opts = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string } | undefined;
    if (opts && typeof opts === 'object' && typeof opts.host === 'string') connectHosts.push(opts.host);
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('default address policy (table)', () => {
  it.each([
    // IPv4 public
    ['93.184.216.34', 'public'],
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['100.63.255.255', 'public'],
    ['100.128.0.1', 'public'],
    ['172.15.255.255', 'public'],
    ['172.32.0.1', 'public'],
    ['192.169.0.1', 'public'],
    // IPv4 refused
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    // IPv6 public
    ['2606:4700:4700::1111', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
    // IPv6 refused
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'private (ULA)'],
    ['fd12:3456:789a::1', 'private (ULA)'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'site-local'],
    ['2001:db8::1', 'reserved'],
    ['2001::1', 'reserved'], // Teredo: tunnels to an obfuscated IPv4 endpoint
    ['100::1', 'reserved'], // discard prefix
    ['::7f00:1', 'reserved'], // deprecated IPv4-compatible ::127.0.0.1
    ['::ffff:0:7f00:1', 'reserved'], // IPv4-translated (RFC 6145)
    // IPv6 forms that embed IPv4: judged by the embedded address
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 of 127.0.0.1
    ['64:ff9b::a9fe:a9fe', 'link-local'], // NAT64 of 169.254.169.254
    ['64:ff9b::808:808', 'public'], // NAT64 of 8.8.8.8 (DNS64 networks must keep working)
    ['2002:7f00:1::1', 'loopback'], // 6to4 of 127.0.0.1
    ['2002:a00:1::1', 'private'], // 6to4 of 10.0.0.1
    ['2002:808:808::1', 'public'],
    // not addresses at all
    ['localhost', 'invalid'],
    ['', 'invalid'],
    ['999.1.1.1', 'invalid'],
  ])('%s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
    expect(isPublicAddress(ip)).toBe(expected === 'public');
  });
});

describe('refusing private targets', () => {
  it('refuses 127.0.0.1 by default without any connection reaching the server', async () => {
    server.route('/feed', respond(RSS));
    const error = errorOf(await fetchFeed(server.url('/feed'), NO_VALIDATORS, DEFAULTS));
    expect(error).toEqual({ kind: 'blocked-address', message: 'refused: 127.0.0.1 is a loopback address' });
    expect(server.connectionCount).toBe(0);
    expect(connectHosts).toEqual([]);
  });

  it('refuses a hostname that resolves to loopback, at connect time, before any request', async () => {
    server.route('/feed', respond(RSS));
    const error = errorOf(await fetchFeed(`http://localhost:${server.port}/feed`, NO_VALIDATORS, DEFAULTS));
    expect(error).toEqual({ kind: 'blocked-address', message: 'refused: localhost resolves to a loopback address (127.0.0.1)' });
    expect(server.connectionCount).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['http://[::1]/feed', 'refused: ::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/feed', 'refused: ::ffff:7f00:1 is a loopback address'],
    ['http://2130706433/feed', 'refused: 127.0.0.1 is a loopback address'], // decimal form, normalised by URL
    ['http://0x7f.1/feed', 'refused: 127.0.0.1 is a loopback address'],
    ['http://0.0.0.0/feed', 'refused: 0.0.0.0 is an unspecified address'],
    ['http://10.1.2.3/feed', 'refused: 10.1.2.3 is a private address'],
    ['http://100.64.1.1/feed', 'refused: 100.64.1.1 is a shared (CGNAT) address'],
    ['http://[fd00::1]/feed', 'refused: fd00::1 is a private (ULA) address'],
  ])('refuses the literal %s without connecting', async (url, message) => {
    const error = errorOf(await fetchFeed(url, NO_VALIDATORS, DEFAULTS));
    expect(error).toEqual({ kind: 'blocked-address', message });
    expect(connectHosts).toEqual([]);
  });

  it('allows loopback when allowPrivate is true', async () => {
    server.route('/feed', respond(RSS));
    const outcome = await fetchFeed(server.url('/feed'), NO_VALIDATORS, { ...DEFAULTS, allowPrivate: true });
    expect(outcome.kind).toBe('ok');
  });
});

describe('refusing redirects into private space', () => {
  it('refuses a redirect to 127.0.0.1 and never requests the target', async () => {
    server.route('/feed', redirect(302, server.url('/internal-admin')));
    server.route('/internal-admin', respond(RSS));
    const error = errorOf(await fetchFeed(server.url('/feed'), NO_VALIDATORS, { ...DEFAULTS, isAddressAllowed: firstHopOnly() }));
    expect(error).toEqual({ kind: 'blocked-address', message: 'refused: 127.0.0.1 is a loopback address' });
    expect(server.requests.map((r) => r.path)).toEqual(['/feed']);
    expect(server.requestsTo('/internal-admin')).toHaveLength(0);
  });

  it('refuses a redirect to the cloud metadata address without ever attempting the connection', async () => {
    server.route('/feed', redirect(301, 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'));
    const started = Date.now();
    const error = errorOf(await fetchFeed(server.url('/feed'), NO_VALIDATORS, { ...DEFAULTS, isAddressAllowed: firstHopOnly() }));
    expect(error).toEqual({ kind: 'blocked-address', message: 'refused: 169.254.169.254 is a link-local address' });
    expect(connectHosts).toEqual(['127.0.0.1']); // only the first hop
    expect(Date.now() - started).toBeLessThan(500);
  });

  it.each([
    ['http://[::1]:1/feed', 'refused: ::1 is a loopback address'],
    ['http://[::ffff:169.254.169.254]/', 'refused: ::ffff:a9fe:a9fe is a link-local address'],
    ['http://192.168.0.1/admin', 'refused: 192.168.0.1 is a private address'],
  ])('refuses a redirect to %s', async (location, message) => {
    server.route('/feed', redirect(302, location));
    const error = errorOf(await fetchFeed(server.url('/feed'), NO_VALIDATORS, { ...DEFAULTS, isAddressAllowed: firstHopOnly() }));
    expect(error).toEqual({ kind: 'blocked-address', message });
    expect(connectHosts).toEqual(['127.0.0.1']);
  });

  it('refuses a redirect to a hostname that resolves to loopback (checked on the resolved IP)', async () => {
    server.route('/feed', redirect(302, `http://localhost:${server.port}/internal`));
    server.route('/internal', respond(RSS));
    const error = errorOf(await fetchFeed(server.url('/feed'), NO_VALIDATORS, { ...DEFAULTS, isAddressAllowed: firstHopOnly() }));
    expect(error).toEqual({ kind: 'blocked-address', message: 'refused: localhost resolves to a loopback address (127.0.0.1)' });
    expect(server.requestsTo('/internal')).toHaveLength(0);
  });

  it('consults the policy for every hop', async () => {
    server.route('/a', redirect(302, `http://localhost:${server.port}/b`));
    server.route('/b', respond(RSS));
    const seen: string[] = [];
    const outcome = await fetchFeed(server.url('/a'), NO_VALIDATORS, {
      ...DEFAULTS,
      isAddressAllowed: (ip) => {
        seen.push(ip);
        return ip === '127.0.0.1';
      },
    });
    expect(outcome.kind).toBe('ok');
    expect(seen).toEqual(['127.0.0.1', '127.0.0.1']); // literal check for hop 1, connect-time lookup for hop 2
  });
});

describe('createGuardedLookup (connect-time DNS check)', () => {
  type Cb = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;
  const resolverReturning =
    (addresses: LookupAddress[], err: NodeJS.ErrnoException | null = null) =>
    (_host: string, _opts: object, cb: Cb) =>
      queueMicrotask(() => cb(err, addresses));

  function run(lookup: ReturnType<typeof createGuardedLookup>, all: boolean) {
    return new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) => {
      lookup('feeds.example', { all }, (err, address, family) => resolve({ err, address, family }));
    });
  }

  it('refuses when ANY resolved address is private (a rebinding answer mixing public and private)', async () => {
    const lookup = createGuardedLookup(isPublicAddress, resolverReturning([
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ]));
    const { err } = await run(lookup, true);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect(err?.message).toBe('refused: feeds.example resolves to a private address (10.0.0.1)');
  });

  it('passes public answers through in both callback shapes Node uses', async () => {
    const answers = [
      { address: '2606:4700::6810:84e5', family: 6 },
      { address: '104.16.132.229', family: 4 },
    ];
    const lookup = createGuardedLookup(isPublicAddress, resolverReturning(answers));
    expect(await run(lookup, true)).toEqual({ err: null, address: answers, family: undefined });
    expect(await run(lookup, false)).toEqual({ err: null, address: '2606:4700::6810:84e5', family: 6 });
  });

  it('passes resolver errors through and treats an empty answer as not found', async () => {
    const enotfound = Object.assign(new Error('getaddrinfo ENOTFOUND feeds.example'), { code: 'ENOTFOUND' });
    expect((await run(createGuardedLookup(isPublicAddress, resolverReturning([], enotfound)), true)).err).toBe(enotfound);
    expect((await run(createGuardedLookup(isPublicAddress, resolverReturning([])), false)).err?.code).toBe('ENOTFOUND');
  });
});

import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4 } from 'node:net';
import proxyAddr from 'proxy-addr';
import type { Config } from './config.js';

export interface NetworkRules {
  /** The client's address: the socket's, or the one a trusted proxy forwarded. */
  clientIp(req: IncomingMessage): string;
  /** The host the client asked for: `X-Forwarded-Host` from a trusted proxy, else `Host`. */
  hostOf(req: IncomingMessage): string | undefined;
  /** Whether the admin site may be used from `ip` (ADMIN_ALLOWED_CIDRS). */
  adminAllowed(ip: string): boolean;
}

/** `::ffff:127.0.0.1` is 127.0.0.1. */
function plain(ip: string): string {
  return ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}

/** What TRUST_PROXY means: true/false, a number of hops, or addresses and names proxy-addr knows (loopback…). */
function trustFunction(value: string): (addr: string, i: number) => boolean {
  if (value === 'true') return () => true;
  if (value === 'false') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_addr, i) => i < hops;
  }
  return proxyAddr.compile(
    value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
}

/**
 * Who is asking, and from where: the client address and host behind the proxies we trust
 * (TRUST_PROXY; by default only proxies on this machine, such as the SPA servers), and the admin
 * allow-list. One place for HTTP requests and WebSocket handshakes alike.
 */
export function createNetworkRules(config: Config): NetworkRules {
  const trust = trustFunction(config.TRUST_PROXY);
  const admins = new BlockList();
  for (const cidr of config.ADMIN_ALLOWED_CIDRS) {
    const [address, bits] = cidr.split('/') as [string, string | undefined];
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    admins.addSubnet(address, bits === undefined ? (type === 'ipv4' ? 32 : 128) : Number(bits), type);
  }
  const socketTrusted = (req: IncomingMessage) => trust(plain(req.socket.remoteAddress ?? ''), 0);
  return {
    clientIp: (req) => plain(proxyAddr(req, trust)),
    hostOf(req) {
      const forwarded = req.headers['x-forwarded-host'];
      const given = Array.isArray(forwarded) ? forwarded[0] : forwarded;
      if (given && socketTrusted(req)) return given.split(',')[0]!.trim();
      return req.headers.host;
    },
    adminAllowed(ip) {
      const address = plain(ip);
      return admins.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
    },
  };
}

import { BlockList, isIP } from 'node:net';

/**
 * Addresses no call to a provider or a webhook receiver may reach: this machine, its private networks, the
 * cloud metadata service and everything that is not one public unicast host. Each entry names why.
 */
const IPV4_RANGES: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved and broadcast'],
];

const IPV6_RANGES: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard-only'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique-local (private)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (private)'],
  ['ff00::', 8, 'multicast'],
];

const reasons = new Map<BlockList, string>();
function listOf(family: 'ipv4' | 'ipv6', ranges: [string, number, string][]): BlockList[] {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    reasons.set(list, reason);
    return list;
  });
}
const IPV4_LISTS = listOf('ipv4', IPV4_RANGES);
const IPV6_LISTS = listOf('ipv6', IPV6_RANGES);

function hextetsOf(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0]!;
  // A dotted IPv4 tail (`::ffff:10.0.0.1`) becomes its two hextets.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  const front = part(head);
  const back = part(tail);
  const hextets = tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return hextets.length === 8 && hextets.every((h) => Number.isInteger(h) && h >= 0 && h <= 0xffff) ? hextets : undefined;
}

function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * The IPv4 address an IPv6 address carries and that a connect would reach: IPv4-mapped `::ffff:a.b.c.d`,
 * the deprecated IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96` and 6to4 `2002:AABB:CCDD::/48`.
 */
function embeddedIpv4(hextets: number[]): string | undefined {
  const [h0, h1, h2, h3, h4, h5, h6, h7] = hextets as [number, number, number, number, number, number, number, number];
  const zeroHead = h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 && h4 === 0;
  if (zeroHead && (h5 === 0xffff || (h5 === 0 && (h6 !== 0 || h7 > 1)))) return ipv4Of(h6, h7);
  if (h0 === 0x64 && h1 === 0xff9b && h2 === 0 && h3 === 0 && h4 === 0 && h5 === 0) return ipv4Of(h6, h7);
  if (h0 === 0x2002) return ipv4Of(h1, h2);
  return undefined;
}

/** Why `address` (an IP literal) must not be reached, or undefined when it is a public unicast address. */
export function forbiddenAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return reasonFor(IPV4_LISTS, address, 'ipv4');
  if (family !== 6) return 'not an IP address';
  const hextets = hextetsOf(address);
  if (!hextets) return 'not an IP address';
  const v4 = embeddedIpv4(hextets);
  if (v4 !== undefined) {
    const inner = forbiddenAddressReason(v4);
    return inner && `${inner}, as an IPv4 address inside IPv6`;
  }
  return reasonFor(IPV6_LISTS, address.split('%')[0]!, 'ipv6');
}

function reasonFor(lists: BlockList[], address: string, family: 'ipv4' | 'ipv6'): string | undefined {
  const hit = lists.find((list) => list.check(address, family));
  return hit ? reasons.get(hit) : undefined;
}

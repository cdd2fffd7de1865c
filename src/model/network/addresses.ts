/**
 * IP addresses and subnets of a `<network>` as libvirt 9.0 reads them (src/util/virsocketaddr.c):
 * numeric IPv4 and IPv6 addresses as 32- and 128-bit integers, and the prefix libvirt takes for an
 * `<ip>` when the document gives none.
 */
import type { NetworkIp } from './network.js';

/** A numeric IP address: its family and its bits. */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly bits: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(text: string): bigint | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  let bits = 0n;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    bits = (bits << 8n) | BigInt(octet);
  }
  return bits;
}

/** The 16-bit groups of one side of `::` (a trailing IPv4 part counts as two); undefined when malformed. */
function groups(text: string, last: boolean): bigint[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const out: bigint[] = [];
  for (const [i, part] of parts.entries()) {
    if (last && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(BigInt(`0x${part}`));
    else return undefined;
  }
  return out;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? groups(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  let bits = 0n;
  for (const g of [...head, ...new Array<bigint>(halves.length === 2 ? missing : 0).fill(0n), ...tail]) bits = (bits << 16n) | g;
  return bits;
}

/** A numeric IPv4 (dotted quad) or IPv6 address; undefined for anything else (the grammar reports those). */
export function parseIp(text: string | undefined): IpAddress | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (t.includes(':')) {
    const bits = parseIpv6(t);
    return bits === undefined ? undefined : { family: 6, bits };
  }
  const bits = parseIpv4(t);
  return bits === undefined ? undefined : { family: 4, bits };
}

const width = (family: 4 | 6): bigint => (family === 4 ? 32n : 128n);

/** The netmask of a prefix length, as bits. */
export function prefixMask(family: 4 | 6, prefix: number): bigint {
  const w = width(family);
  const all = (1n << w) - 1n;
  return prefix <= 0 ? 0n : (all >> (w - BigInt(prefix))) << (w - BigInt(prefix));
}

/** The prefix length of an IPv4 netmask; -1 when its one bits are not contiguous (as libvirt counts them). */
export function netmaskBits(mask: IpAddress): number {
  let n = 0;
  const w = Number(width(mask.family));
  for (let i = w - 1; i >= 0 && ((mask.bits >> BigInt(i)) & 1n) === 1n; i--) n++;
  return mask.bits === prefixMask(mask.family, n) ? n : -1;
}

/** A decimal `prefix` as libvirt's parser reads it (base 10, unsigned); undefined when it is not one. */
export function parsePrefix(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return /^[0-9]{1,10}$/.test(t) ? Number(t) : undefined;
}

/**
 * The prefix libvirt uses for an `<ip>` (virNetworkIPDefPrefix): `prefix` when above 0, else the
 * netmask's length, else the address's class for IPv4 (A /8, B /16, C /24, 0.0.0.0 /0) and /64 for
 * IPv6 (:: /0). -1 where libvirt has none: a netmask whose bits are not contiguous, a class D or E
 * address. Undefined when the address, prefix or netmask is not written as a number libvirt reads.
 */
export function effectivePrefix(ip: NetworkIp): number | undefined {
  const address = parseIp(ip.address?.value);
  if (!address) return undefined;
  const prefix = ip.prefix ? parsePrefix(ip.prefix.value) : 0;
  if (prefix === undefined) return undefined;
  if (prefix > 0) return prefix;
  if (ip.netmask) {
    const mask = parseIp(ip.netmask.value);
    if (!mask) return undefined;
    if (mask.family === 4) return netmaskBits(mask);
  }
  if (address.family === 6) return address.bits === 0n ? 0 : 64;
  if (address.bits === 0n) return 0;
  const octet = Number(address.bits >> 24n);
  if ((octet & 0x80) === 0) return 8;
  if ((octet & 0xc0) === 0x80) return 16;
  if ((octet & 0xe0) === 0xc0) return 24;
  return -1;
}

/** Whether `a` lies in the subnet of `network` with this prefix length (same family). */
export function inSubnet(a: IpAddress, network: IpAddress, prefix: number): boolean {
  if (a.family !== network.family) return false;
  const mask = prefixMask(a.family, prefix);
  return (a.bits & mask) === (network.bits & mask);
}

/** The network address (all host bits zero) and the broadcast address (all one) of a subnet. */
export function subnetBounds(network: IpAddress, prefix: number): { readonly first: bigint; readonly last: bigint } {
  const mask = prefixMask(network.family, prefix);
  const all = (1n << width(network.family)) - 1n;
  return { first: network.bits & mask, last: (network.bits & mask) | (all & ~mask) };
}

/**
 * The `<ip>`'s address, when it is a number of the family libvirt expects there: IPv6 with
 * `family='ipv6'`, IPv4 without a family or with `family='ipv4'`. Undefined otherwise (no address,
 * not numeric, or of the other family: network-ip-address reports those).
 */
export function familyAddress(ip: NetworkIp): IpAddress | undefined {
  const address = parseIp(ip.address?.value);
  if (!address) return undefined;
  const family = ip.family?.value;
  const expected = family === undefined || family === 'ipv4' ? 4 : family === 'ipv6' ? 6 : undefined;
  return address.family === expected ? address : undefined;
}

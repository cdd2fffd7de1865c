/**
 * What the values of a filter rule's protocol attributes are, and how libvirt 9.0 reads them
 * (src/conf/nwfilter_conf.c; addresses through getaddrinfo with AI_NUMERICHOST, i.e. glibc's
 * inet_aton for IPv4 and inet_pton for IPv6).
 */

/** Protocols matched in the IPv4 header (iptables, and ebtables' `ip`). */
const IPV4_PROTOCOLS: ReadonlySet<string> = new Set(['ip', 'tcp', 'udp', 'sctp', 'icmp', 'igmp', 'all', 'esp', 'ah', 'udplite']);
/** Protocols matched in the IPv6 header (ip6tables, and ebtables' `ipv6`). */
const IPV6_PROTOCOLS: ReadonlySet<string> = new Set(['ipv6', 'tcp-ipv6', 'udp-ipv6', 'sctp-ipv6', 'icmpv6', 'all-ipv6', 'esp-ipv6', 'ah-ipv6', 'udplite-ipv6']);
/** Ethernet-level protocols (ebtables). */
const LAYER2_PROTOCOLS: ReadonlySet<string> = new Set(['mac', 'vlan', 'stp', 'arp', 'rarp']);

/** Whether an element name is one of a rule's protocol elements. */
export const isProtocol = (name: string): boolean => IPV4_PROTOCOLS.has(name) || IPV6_PROTOCOLS.has(name) || LAYER2_PROTOCOLS.has(name);

/**
 * The kind of value an attribute of a protocol element holds, as far as rules care: an IPv4 or IPv6
 * address, an IPv4 or IPv6 mask (a prefix length or an address), a MAC mask, free text libvirt takes
 * as written (`comment`, and `match`/`gratuitous`, which libvirt reads leniently), or another value
 * (numbers and names, read strictly).
 */
export type ProtocolValueKind = 'ipv4' | 'ipv6' | 'ipv4-mask' | 'ipv6-mask' | 'mac-mask' | 'lenient' | 'strict';

const IP_ADDRESSES: ReadonlySet<string> = new Set(['srcipaddr', 'dstipaddr', 'srcipfrom', 'srcipto', 'dstipfrom', 'dstipto']);
const MAC_MASKS: ReadonlySet<string> = new Set(['srcmacmask', 'dstmacmask', 'root-address-mask', 'sender-address-mask']);
const LENIENT: ReadonlySet<string> = new Set(['comment', 'match', 'gratuitous']);

/** What kind of value `attribute` of the protocol element `protocol` holds. */
export function protocolValueKind(protocol: string, attribute: string): ProtocolValueKind {
  if (LENIENT.has(attribute)) return 'lenient';
  if (MAC_MASKS.has(attribute)) return 'mac-mask';
  const v6 = IPV6_PROTOCOLS.has(protocol);
  if (IP_ADDRESSES.has(attribute) && (v6 || IPV4_PROTOCOLS.has(protocol))) return v6 ? 'ipv6' : 'ipv4';
  if ((attribute === 'srcipmask' || attribute === 'dstipmask') && (v6 || IPV4_PROTOCOLS.has(protocol))) return v6 ? 'ipv6-mask' : 'ipv4-mask';
  if ((attribute === 'arpsrcipaddr' || attribute === 'arpdstipaddr') && (protocol === 'arp' || protocol === 'rarp')) return 'ipv4';
  return 'strict';
}

/** Whether a value is a reference to a filter variable (`$IP`, `$IP[1]`, `$IP[@2]`) rather than a literal. */
export const isVariableReference = (value: string): boolean => value.startsWith('$');

/**
 * An IPv4 address as glibc's inet_aton reads the dotted quads the grammar lets through: a part with
 * a leading zero is octal (`010` is 8, `08` is nothing), others decimal, each at most 255.
 */
export function parseIpv4Address(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let bits = 0n;
  for (const part of parts) {
    let octet: number;
    if (/^0[0-7]*$/.test(part)) octet = parseInt(part, 8);
    else if (/^[1-9][0-9]*$/.test(part)) octet = Number(part);
    else return undefined;
    if (octet > 255) return undefined;
    bits = (bits << 8n) | BigInt(octet);
  }
  return bits;
}

/** The embedded IPv4 tail of an IPv6 address, as inet_pton reads it: four decimal octets, no leading zeros. */
function strictIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((bits, p) => (bits << 8n) | BigInt(p), 0n);
}

/** The 16-bit groups of one side of `::`; an IPv4 tail (only where `tailAllowed`) counts as two. */
function ipv6Groups(text: string, tailAllowed: boolean): bigint[] | undefined {
  if (text === '') return [];
  const out: bigint[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (tailAllowed && i === parts.length - 1 && part.includes('.')) {
      const v4 = strictIpv4(part);
      if (v4 === undefined) return undefined;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) out.push(BigInt(`0x${part}`));
    else return undefined;
  }
  return out;
}

/** An IPv6 address as glibc's inet_pton reads it: eight groups of 1–4 hex digits, one `::` standing for at least one. */
export function parseIpv6Address(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = ipv6Groups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? ipv6Groups(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const zeros = 8 - head.length - tail.length;
  if (halves.length === 1 ? zeros !== 0 : zeros < 1) return undefined;
  return [...head, ...Array<bigint>(halves.length === 2 ? zeros : 0).fill(0n), ...tail].reduce((bits, g) => (bits << 16n) | g, 0n);
}

/** A MAC address or mask (six octets of one or two hex digits) as 48 bits. */
export function parseMac(text: string): bigint | undefined {
  const parts = text.split(':');
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.reduce((bits, p) => (bits << 8n) | BigInt(`0x${p}`), 0n);
}

/** Whether a mask of `width` bits is ones followed by zeros (what libvirt takes as a netmask). */
export function isContiguousMask(bits: bigint, width: number): boolean {
  const inverted = ~bits & ((1n << BigInt(width)) - 1n);
  // Ones then zeros ⇔ the inverted mask is 2^k - 1.
  return (inverted & (inverted + 1n)) === 0n;
}

/** The largest iterator id a variable reference may name (`$IP[@1000]`): libvirt's VIR_NWFILTER_MAX_ITERID. */
export const MAX_ITERATOR_ID = 1000;
const UINT_MAX = 4294967295;

/**
 * What is wrong with a variable reference as libvirt parses it (virNWFilterVarAccessParse), or
 * undefined when it takes it: the name must follow `$` at once and end the value unless an index
 * (`[N]`, at most 4294967295) or iterator (`[@N]`, at most 1000) follows.
 */
export function variableReferenceProblem(value: string): string | undefined {
  const m = /^\$([a-zA-Z0-9_]*)(.*)$/s.exec(value);
  if (!m) return undefined;
  const [, name, rest] = m as unknown as [string, string, string];
  if (name === '') return 'the variable name must follow the `$` directly';
  if (rest === '') return undefined;
  const bracket = /^\[\s*(@?)\s*([0-9]+)\s*\]/.exec(rest);
  if (!bracket) return `nothing may follow the variable name ${JSON.stringify(name)} but an index in brackets`;
  const n = Number(bracket[2]);
  if (bracket[1] === '@' && n > MAX_ITERATOR_ID) return `iterator ids go up to ${MAX_ITERATOR_ID}`;
  if (bracket[1] === '' && n > UINT_MAX) return `an index goes up to ${UINT_MAX}`;
  return undefined;
}

/** Whether a value starts or ends with XML white space (which the grammar's numbers and names let through). */
export const hasSurroundingWhitespace = (value: string): boolean => /^[ \t\n\r]|[ \t\n\r]$/.test(value);

import type { DataPattern } from './model.js';
import { ownEntry } from '../own-entry.js';

/**
 * Words for the value forms a grammar allows, for messages such as "expected an absolute path".
 * Named types (the define a value comes through) say more than the regular expression behind them,
 * so they win; the datatype with its facets is the fallback.
 */
const NAMED: Readonly<Record<string, string>> = {
  absfilepath: 'an absolute path',
  absdirpath: 'an absolute directory path',
  filepath: 'a file path',
  dirpath: 'a directory path',
  vmwarepath: 'a VMware datastore path',
  uuid: 'a UUID (such as 4dea22b3-1d52-d8f3-2516-782e98ab3fa0)',
  macaddr: 'a MAC address (such as 52:54:00:12:34:56)',
  unimacaddr: 'a unicast MAC address',
  unicastmacaddr: 'a unicast MAC address',
  multimacaddr: 'a multicast MAC address',
  multicastmacaddr: 'a multicast MAC address',
  ipv4addr: 'an IPv4 address',
  ipv6addr: 'an IPv6 address',
  ipaddr: 'an IP address',
  ipv4prefix: 'an IPv4 prefix length (0 to 32)',
  ipv6prefix: 'an IPv6 prefix length (0 to 128)',
  ipprefix: 'a network prefix length',
  unsignedint: 'an unsigned integer',
  unsignedlong: 'an unsigned integer',
  unsignedshort: 'an unsigned integer up to 65535',
  positiveinteger: 'a positive integer',
  hexuint: 'a hexadecimal number',
  hexnumber: 'a hexadecimal number',
  octalmode: 'an octal file mode (such as 0644)',
  uint8: 'an integer from 0 to 255 (decimal or 0x hexadecimal)',
  uint16: 'an integer from 0 to 65535 (decimal or 0x hexadecimal)',
  uint24: 'an integer from 0 to 16777215 (decimal or 0x hexadecimal)',
  uint32: 'an integer from 0 to 4294967295 (decimal or 0x hexadecimal)',
  cpuset: "a CPU list (such as '0-3,^2,8')",
  scaledinteger: 'a size (an unsigned integer)',
  unit: "a size unit (such as 'KiB', 'MiB', 'GiB')",
  sizeunit: "a size unit (such as 'KiB', 'MiB', 'GiB')",
  objectname: 'a name without slashes',
  objectnamewithslash: 'a name',
  genericname: 'a name (letters, digits, _ + - . : ,)',
  dnsname: 'a DNS name',
  devicename: 'a device name',
  zonename: 'a zone name',
  portnumber: 'a port number (-1 to 65535)',
  pcidomain: 'a PCI domain number (such as 0x0000)',
  pcibus: 'a PCI bus number (such as 0x00)',
  pcislot: 'a PCI slot number (such as 0x1f)',
  pcifunc: 'a PCI function number (0 to 7)',
  pcifunction: 'a PCI function number (0 to 7)',
  wwn: 'a World Wide Name (16 hexadecimal digits)',
  timedelta: 'a number of seconds',
  archname: 'a CPU architecture name',
  archnames: 'a CPU architecture name',
  dbusaddr: 'a D-Bus address',
  dbusaddress: 'a D-Bus address',
  yesno: "'yes' or 'no'",
  viryesno: "'yes' or 'no'",
  onoff: "'on' or 'off'",
  vironoff: "'on' or 'off'",
};

/** Words for a named type (a define name), if virtlint knows it. */
export function describeNamedType(defineName: string): string | undefined {
  return NAMED[defineName.toLowerCase()];
}

const XSD_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  token: 'text',
  normalizedString: 'text',
  int: 'an integer',
  integer: 'an integer',
  long: 'an integer',
  short: 'an integer',
  byte: 'an integer',
  unsignedInt: 'an unsigned integer',
  unsignedLong: 'an unsigned integer',
  unsignedShort: 'an unsigned integer up to 65535',
  unsignedByte: 'an unsigned integer up to 255',
  nonNegativeInteger: 'an unsigned integer',
  positiveInteger: 'a positive integer',
  negativeInteger: 'a negative integer',
  nonPositiveInteger: 'a negative integer or 0',
  decimal: 'a decimal number',
  double: 'a number',
  float: 'a number',
  boolean: "'true' or 'false'",
  dateTime: 'a date and time (such as 2024-01-31T12:00:00)',
  date: 'a date',
  anyURI: 'a URI',
  NCName: 'a name without colons',
  Name: 'an XML name',
  QName: 'a qualified name',
  ID: 'an identifier',
  IDREF: 'an identifier reference',
  hexBinary: 'hexadecimal data',
  base64Binary: 'base64 data',
};

/** Value ranges of the XSD integer types (as decimal strings; bigint-free on purpose). */
const INTEGER_RANGES: Readonly<Record<string, readonly [string | undefined, string | undefined]>> = {
  integer: [undefined, undefined],
  long: ['-9223372036854775808', '9223372036854775807'],
  int: ['-2147483648', '2147483647'],
  short: ['-32768', '32767'],
  byte: ['-128', '127'],
  nonNegativeInteger: ['0', undefined],
  positiveInteger: ['1', undefined],
  unsignedLong: ['0', '18446744073709551615'],
  unsignedInt: ['0', '4294967295'],
  unsignedShort: ['0', '65535'],
  unsignedByte: ['0', '255'],
  negativeInteger: [undefined, '-1'],
  nonPositiveInteger: [undefined, '0'],
};

const plusOne = (v: string, d: number): string => (/^-?\d{1,15}$/.test(v) ? String(Number(v) + d) : v);

/** Words for a `<data>` pattern from its datatype and facets. */
export function describeData(data: DataPattern): string {
  const p = (n: string): string | undefined => data.params.find((x) => x.name === n)?.value.trim();
  const pattern = p('pattern');
  const range = ownEntry(INTEGER_RANGES, data.type);
  if (range) {
    // A digits-only pattern adds nothing to an integer type ("no sign, no spaces" is implied in words).
    const extraPattern = pattern !== undefined && !/^\[0-9\]\+$|^\\d\+$/.test(pattern) ? ` matching the pattern ${pattern}` : '';
    const minEx = p('minExclusive');
    const maxEx = p('maxExclusive');
    const lo = p('minInclusive') ?? (minEx !== undefined ? plusOne(minEx, 1) : undefined);
    const hi = p('maxInclusive') ?? (maxEx !== undefined ? plusOne(maxEx, -1) : undefined);
    if (lo === undefined && hi === undefined) return `${ownEntry(XSD_WORDS, data.type) as string}${extraPattern}`;
    const from = lo ?? range[0];
    const to = hi ?? range[1];
    const words = from !== undefined && to !== undefined ? `an integer from ${from} to ${to}` : from !== undefined ? `an integer of at least ${from}` : `an integer up to ${to as string}`;
    return words + extraPattern;
  }
  let words = ownEntry(XSD_WORDS, data.type) ?? `a value of type ${data.type}`;
  if (pattern !== undefined) {
    words = data.type === 'string' || data.type === 'token' ? `text matching the pattern ${pattern}` : `${words} matching the pattern ${pattern}`;
  }
  const min = p('minInclusive') ?? (p('minExclusive') !== undefined ? `more than ${p('minExclusive') as string}` : undefined);
  const max = p('maxInclusive') ?? (p('maxExclusive') !== undefined ? `less than ${p('maxExclusive') as string}` : undefined);
  if (min !== undefined && max !== undefined) words += ` from ${min} to ${max}`;
  else if (min !== undefined) words += ` of at least ${min}`;
  else if (max !== undefined) words += ` up to ${max}`;
  const len = p('length');
  const minLen = p('minLength');
  const maxLen = p('maxLength');
  if (len !== undefined) words += ` of exactly ${len} characters`;
  else if (minLen !== undefined && maxLen !== undefined) words += ` of ${minLen} to ${maxLen} characters`;
  else if (minLen !== undefined) words += ` of at least ${minLen} characters`;
  else if (maxLen !== undefined) words += ` of at most ${maxLen} characters`;
  return words;
}

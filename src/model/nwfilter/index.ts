/**
 * The typed, read-only model of a libvirt network filter (`<filter>`) that nwfilter rules read
 * (rules with `meta.document: 'filter'`), and how libvirt reads its rules' values.
 */
export type { NwFilter, NwFilterProtocol, NwFilterRef, NwFilterRuleEntry, ProtocolAttribute } from './nwfilter.js';
export { protocolAttributes } from './nwfilter.js';
export { hasSurroundingWhitespace, isContiguousMask, isProtocol, isVariableReference, MAX_ITERATOR_ID, parseIpv4Address, parseIpv6Address, parseMac, protocolValueKind, variableReferenceProblem, type ProtocolValueKind } from './values.js';

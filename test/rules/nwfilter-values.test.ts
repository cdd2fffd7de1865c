/**
 * How the nwfilter model reads a rule's values as libvirt 9.0 does (src/model/nwfilter/values.ts), each
 * verdict checked against `virsh nwfilter-define` while the rules were written, and that the public API
 * gives nwfilter rules and the model's helpers.
 */
import { expect } from 'chai';
import * as api from '../../src/index.js';
import { isContiguousMask, parseIpv4Address, parseIpv6Address, parseMac, protocolValueKind, variableReferenceProblem } from '../../src/model/nwfilter/index.js';

describe('nwfilter values as libvirt reads them', () => {
  it('reads IPv4 addresses as inet_aton: octal parts after a leading zero, each part at most 255', () => {
    expect(['1.2.3.4', '010.0.0.1', '00.0.0.0', '1.2.3.077', '255.255.255.255'].map(parseIpv4Address)).to.deep.equal([0x01020304n, 0x08000001n, 0n, 0x0102033fn, 0xffffffffn]);
    expect(['256.0.0.1', '09.1.1.1', '1.2.3.08', '1.2.3', '1.2.3.4.5', '', '1.2.3.-4'].map(parseIpv4Address)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads IPv6 addresses as inet_pton: one :: for at least one group, an IPv4 tail without leading zeros', () => {
    expect(['::', '::1', '1::', 'fe80::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4'].map((a) => parseIpv6Address(a) !== undefined)).to.deep.equal([true, true, true, true, true, true, true, true]);
    expect(parseIpv6Address('fe80::1')).to.equal((0xfe80n << 112n) | 1n);
    expect(['1:2:3', '1::2::3', '1:2:12345', ':1::2', '1::2:', '1:2:3:4:5:6:7:8:9', 'fe80::1:2:3:4:5:6:7', '::01.2.3.4', '::ffff:1.2.3', '1:2:3:4:5:6:7:1.2.3.4', ''].map((a) => parseIpv6Address(a))).to.deep.equal(Array(11).fill(undefined));
  });

  it('takes masks whose one bits run from the left', () => {
    expect([0xffffff00n, 0n, 0xffffffffn, 0x80000000n].map((m) => isContiguousMask(m, 32))).to.deep.equal([true, true, true, true]);
    expect([0xff00ff00n, 0x000000ffn, 1n].map((m) => isContiguousMask(m, 32))).to.deep.equal([false, false, false]);
    expect([parseMac('ff:ff:ff:00:00:00'), parseMac('f0:0:0:0:0:0'), parseMac('f:0:0:0:0:0'), parseMac('ff:00:ff:00:00:00')].map((m) => isContiguousMask(m!, 48))).to.deep.equal([true, true, false, false]);
  });

  it('parses variable references as virNWFilterVarAccessParse does', () => {
    expect(['$IP', '$IP[1]', '$IP[ 1 ]', '$IP[@1000]', '$IP[4294967295]', '$IP[1]  ', '$_', '$1'].map(variableReferenceProblem)).to.deep.equal(Array(8).fill(undefined));
    expect(['$ IP', '$IP ', '$IP [1]', '$IP[@1001]', '$IP[4294967296]', '$'].map((v) => variableReferenceProblem(v) !== undefined)).to.deep.equal(Array(6).fill(true));
  });

  it('knows which attributes hold addresses and masks, by protocol', () => {
    expect([
      protocolValueKind('tcp', 'srcipaddr'),
      protocolValueKind('tcp-ipv6', 'dstipto'),
      protocolValueKind('ip', 'srcipmask'),
      protocolValueKind('ipv6', 'dstipmask'),
      protocolValueKind('arp', 'arpsrcipaddr'),
      protocolValueKind('stp', 'sender-address-mask'),
      protocolValueKind('mac', 'srcmacaddr'),
      protocolValueKind('arp', 'gratuitous'),
      protocolValueKind('udp', 'srcportstart'),
    ]).to.deep.equal(['ipv4', 'ipv6', 'ipv4-mask', 'ipv6-mask', 'ipv4', 'mac-mask', 'strict', 'lenient', 'strict']);
  });

  it('is part of the public API: defineNwFilterRule, isNwFilterRule and the model as nwfilterModel', () => {
    const rule = api.defineNwFilterRule({ meta: { id: 'x', description: 'x', defaultSeverity: 'warning' }, check: () => undefined });
    expect([rule.meta.document, api.isNwFilterRule(rule), api.ruleDocument(api.RULES_BY_ID.get('nwfilter-mask')!)]).to.deep.equal(['filter', true, 'filter']);
    expect(api.nwfilterModel.parseIpv4Address('010.0.0.1')).to.equal(0x08000001n);
  });
});

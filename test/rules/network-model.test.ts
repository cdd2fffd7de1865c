/**
 * The <network> model (src/model/network/): what buildNetwork reads, with the ranges reports point
 * at, and libvirt's address arithmetic (virsocketaddr.c) the network rules rely on.
 */
import { expect } from 'chai';
import * as api from '../../src/index.js';
import { effectivePrefix, familyAddress, inSubnet, netmaskBits, parseIp, subnetBounds, type NetworkIp } from '../../src/model/network/index.js';
import { buildNetwork } from '../../src/model/network/network.js';
import { defineNetworkRule } from '../../src/rule.js';
import { parseXml } from '../../src/xml/parse.js';

function model(text: string): ReturnType<typeof buildNetwork> {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  return buildNetwork(parsed.document.root);
}

const DOC = `<network>
  <name>lab</name>
  <forward mode='bridge' dev='eth0'>
    <interface dev='eth1'/>
    <pf dev='eth2'/>
  </forward>
  <bridge name='br0' stp='on' macTableManager='libvirt'/>
  <mtu size='9000'/>
  <mac address='52:54:00:00:00:01'/>
  <domain name='example.com'/>
  <dns enable='yes'>
    <forwarder addr='8.8.8.8'/>
    <txt name='a' value='b'/>
    <host ip='192.168.9.5'><hostname>h</hostname></host>
  </dns>
  <bandwidth><inbound average='1000'/></bandwidth>
  <portgroup name='office' default='yes'/>
  <ip address='192.168.9.1' netmask='255.255.255.0'>
    <tftp root='/srv/tftp'/>
    <dhcp>
      <range start='192.168.9.2' end='192.168.9.9'><lease expiry='1' unit='hours'/></range>
      <host mac='52:54:00:00:00:02' name='g' ip='192.168.9.20'/>
      <bootp file='pxelinux.0'/>
    </dhcp>
  </ip>
  <ip family='ipv6' address='fd00::1' prefix='64'/>
</network>`;

/** An <ip> record with these attributes, for the arithmetic. */
const ip = (attrs: string): NetworkIp => model(`<network><name>n</name><ip ${attrs}/></network>`).ips[0]!;

describe('network model', () => {
  it('reads a network: identity, host side, DNS, and each <ip> with its DHCP section, with source ranges', () => {
    const n = model(DOC);
    const at = (r: { start: { line: number; column: number } }): string => `${r.start.line}:${r.start.column}`;
    expect([n.tag, n.name?.value, n.forward?.mode?.value, n.forward?.dev?.value, n.bridge?.name?.value, n.bridge?.stp?.value, n.bridge?.macTableManager?.value, n.mtu?.size?.value, n.mac?.address?.value, n.domain?.name?.value]).to.deep.equal(['network', 'lab', 'bridge', 'eth0', 'br0', 'on', 'libvirt', '9000', '52:54:00:00:00:01', 'example.com']);
    expect([n.forward?.interfaces.map((i) => i.dev?.value), n.forward?.pfs.map((p) => p.dev?.value), n.forward?.addresses.length]).to.deep.equal([['eth1'], ['eth2'], 0]);
    expect([n.dns?.enable?.value, n.dns?.forwarders.length, n.dns?.txts.length, n.dns?.hosts.map((h) => h.ip?.value), n.dns?.srvs.length, at(n.bandwidth!.nameRange)]).to.deep.equal(['yes', 1, 1, ['192.168.9.5'], 0, '16:4']);
    const [v4, v6] = n.ips;
    expect([v4?.address?.value, v4?.netmask?.value, v4?.prefix, v4?.tftp?.tag, v4?.dhcp?.ranges.map((r) => `${r.start?.value}-${r.end?.value}`), v4?.dhcp?.hosts.map((h) => [h.mac?.value, h.name?.value, h.ip?.value]), v4?.dhcp?.bootp?.tag]).to.deep.equal(['192.168.9.1', '255.255.255.0', undefined, 'tftp', ['192.168.9.2-192.168.9.9'], [['52:54:00:00:00:02', 'g', '192.168.9.20']], 'bootp']);
    expect([v6?.family?.value, v6?.prefix?.value, v6?.dhcp]).to.deep.equal(['ipv6', '64', undefined]);
    expect([v4?.dhcp?.ranges[0]?.lease?.expiry?.value, v4?.dhcp?.ranges[0]?.lease?.unit?.value, v4?.dhcp?.hosts[0]?.lease]).to.deep.equal(['1', 'hours', undefined]);
    expect(n.portgroups.map((g) => [g.name?.value, g.default?.value])).to.deep.equal([['office', 'yes']]);
    // Where reports point: the attribute's value, the element's name.
    expect([at(v4!.dhcp!.ranges[0]!.start!.range), at(v4!.dhcp!.nameRange), at(n.ips[1]!.nameRange)]).to.deep.equal(['21:21', '20:6', '26:4']);
  });

  it('gives a bare network empty lists and no parts', () => {
    const n = model('<network><name>n</name></network>');
    expect([n.ips, n.portgroups, n.forward, n.dns, n.bridge, n.mtu, n.mac, n.domain, n.bandwidth]).to.deep.equal([[], [], undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('parses numeric IPv4 and IPv6 addresses as libvirt does, and nothing else', () => {
    expect(parseIp('192.168.9.1')).to.deep.equal({ family: 4, bits: 0xc0a80901n });
    expect(parseIp('fd00::1')).to.deep.equal({ family: 6, bits: (0xfd00n << 112n) | 1n });
    expect(parseIp('::')).to.deep.equal({ family: 6, bits: 0n });
    expect(parseIp('::ffff:192.168.9.1')).to.deep.equal({ family: 6, bits: (0xffffn << 32n) | 0xc0a80901n });
    expect(parseIp('1:2:3:4:5:6:7:8')?.bits).to.equal(0x00010002000300040005000600070008n);
    for (const bad of ['256.1.1.1', '1.2.3', 'fd00:::1', '1:2:3:4:5:6:7', '1::2::3', 'host.example', '', '1:2:3:4:5:6:7:8:9']) expect(parseIp(bad), bad).to.equal(undefined);
  });

  it("takes libvirt's prefix for an <ip>: prefix above 0, else the netmask, else the class or /64", () => {
    expect(effectivePrefix(ip("address='192.168.9.1' prefix='20'"))).to.equal(20);
    expect(effectivePrefix(ip("address='192.168.9.1' prefix='0'"))).to.equal(24);
    expect(effectivePrefix(ip("address='192.168.9.1' netmask='255.255.240.0'"))).to.equal(20);
    expect(effectivePrefix(ip("address='192.168.9.1' netmask='255.0.255.0'"))).to.equal(-1);
    expect([ip("address='10.1.2.3'"), ip("address='172.16.0.1'"), ip("address='192.168.9.1'"), ip("address='224.0.0.1'"), ip("address='0.0.0.0'")].map(effectivePrefix)).to.deep.equal([8, 16, 24, -1, 0]);
    expect([effectivePrefix(ip("family='ipv6' address='fd00::1'")), effectivePrefix(ip("family='ipv6' address='::'"))]).to.deep.equal([64, 0]);
    expect(effectivePrefix(ip("address='lab.example'"))).to.equal(undefined);
    expect(netmaskBits(parseIp('255.255.255.255')!)).to.equal(32);
  });

  it('knows subnets: membership, network and broadcast addresses, and whether an address is of its <ip>\'s family', () => {
    const net = parseIp('192.168.9.1')!;
    expect([inSubnet(parseIp('192.168.9.200')!, net, 24), inSubnet(parseIp('192.168.10.2')!, net, 24), inSubnet(parseIp('192.168.10.2')!, net, 16), inSubnet(parseIp('fd00::1')!, net, 0)]).to.deep.equal([true, false, true, false]);
    expect(subnetBounds(net, 24)).to.deep.equal({ first: 0xc0a80900n, last: 0xc0a809ffn });
    expect([familyAddress(ip("address='fd00::1'")), familyAddress(ip("family='ipv6' address='192.168.9.1'")), familyAddress(ip("family='ipv4' address='192.168.9.1'"))?.family]).to.deep.equal([undefined, undefined, 4]);
  });

  it("is part of the public API: defineNetworkRule, ruleDocument and the network model's helpers", () => {
    expect(api.defineNetworkRule).to.equal(defineNetworkRule);
    expect(api.networkModel.parseIp('10.0.0.1')?.family).to.equal(4);
    expect(api.ruleDocument(api.RULES_BY_ID.get('network-dhcp-range')!)).to.equal('network');
  });
});

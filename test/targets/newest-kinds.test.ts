/**
 * What virtlint's network, volume and snapshot grammars took from libvirt 12.8's schemas, both ways
 * (as differential.test.ts's "newest features" does for domains): each witness document is accepted
 * by 12.8's own schema of the kind (jing) and by virtlint's grammar (no schema diagnostic), and each
 * misuse is rejected by both. The snapshot's `<privateData>` stays out (status XML: 12.8's public
 * schema allows no content in it either), and a snapshot's sources take no `startupPolicy`, not even
 * inside a data store, though the domain disk's do.
 */
import { expect } from 'chai';
import { bothWaysProblems, checkedReleases, hostdevNetwork, type KindCase } from './releases.js';

const network = (inner: string): string => `<network>\n  <name>n</name>${inner}\n</network>\n`;
const volume = (encryption: string): string =>
  `<volume>\n  <name>v.img</name>\n  <capacity unit='G'>1</capacity>\n  <target><format type='raw'/>${encryption}</target>\n</volume>\n`;
const snapshot = (disks: string, more = ''): string => `<domainsnapshot>\n  <name>s1</name>\n  <disks>\n    ${disks}\n  </disks>${more}\n</domainsnapshot>\n`;
const SECRET = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>";
const FILE_SOURCE = "<source file='/var/lib/libvirt/images/vm1.s1.qcow2'/>";

const WITNESSES: readonly KindCase[] = [
  { kind: 'network', what: 'title and description', doc: network('\n  <title>Lab network</title>\n  <description>For the lab\nand its guests</description>') },
  { kind: 'network', what: "forward driver name='xen'", doc: hostdevNetwork("<driver name='xen'/>") },
  { kind: 'network', what: 'forward driver model, no name', doc: hostdevNetwork("<driver model='vfio-pci-igb'/>") },
  { kind: 'network', what: 'forward driver iommufd', doc: hostdevNetwork("<driver name='vfio' iommufd='no'/>") },
  { kind: 'network', what: '<domain register>', doc: network("\n  <bridge name='virbr9'/>\n  <domain name='example.org' localOnly='yes' register='yes'/>") },
  { kind: 'network', what: 'DNS forwarder port', doc: network("\n  <bridge name='virbr9'/>\n  <dns><forwarder addr='192.0.2.53' port='5353'/><forwarder domain='example.org' addr='192.0.2.54' port='65535'/></dns>") },
  { kind: 'volume', what: 'encryption luks-any', doc: volume(`<encryption format='luks-any'>${SECRET}</encryption>`) },
  {
    kind: 'volume',
    what: 'encryption with two secrets, ivgen before cipher',
    doc: volume(`<encryption format='luks'>${SECRET}<secret type='passphrase' usage='layer-2'/><ivgen name='plain64' hash='sha256'/><cipher name='aes' size='256' mode='cbc' hash='sha256'/></encryption>`),
  },
  {
    kind: 'domainsnapshot',
    what: '<revertDisks> and <snapshotDeleteInProgress>',
    doc: snapshot(
      `<disk name='vda' snapshot='external'>${FILE_SOURCE}<driver type='qcow2'/><snapshotDeleteInProgress/></disk>`,
      "\n  <revertDisks>\n    <disk name='vda' snapshot='external' type='block'><source dev='/dev/vg0/vm1-revert'/><snapshotDeleteInProgress/></disk>\n  </revertDisks>",
    ),
  },
  {
    kind: 'domainsnapshot',
    what: 'a file overlay with a qcow2 data store on NBD, itself encrypted luks-any',
    doc: snapshot(
      `<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><dataStore type='network'><format type='raw'/><source protocol='nbd' name='data'><host name='192.0.2.10' port='10809'/><reconnect delay='10'/></source></dataStore><encryption format='luks-any'>${SECRET}</encryption></source></disk>`,
    ),
  },
  {
    kind: 'domainsnapshot',
    what: 'an SSH overlay with known hosts and a key, an NBD one that reconnects',
    doc: snapshot(
      "<disk name='vda' type='network'><source protocol='ssh' name='/images/vm1.s1.qcow2'><host name='storage.example.org' port='22'/><knownHosts path='/etc/ssh/ssh_known_hosts'/><identity username='virt' keyfile='/root/.ssh/id_ed25519'/></source></disk>\n    <disk name='vdb' type='network'><source protocol='nbd' name='vdb-s1'><host name='192.0.2.10' port='10809'/><reconnect enabled='yes' timeout='5'/></source></disk>",
    ),
  },
];

const MISUSES: readonly KindCase[] = [
  { kind: 'network', what: 'a title over two lines', doc: network('\n  <title>Lab\nnetwork</title>') },
  { kind: 'network', what: "forward driver iommufd='on'", doc: hostdevNetwork("<driver iommufd='on'/>") },
  { kind: 'network', what: 'forward driver name vhost', doc: hostdevNetwork("<driver name='vhost'/>") },
  { kind: 'network', what: "<domain register='maybe'>", doc: network("\n  <domain name='example.org' register='maybe'/>") },
  { kind: 'network', what: 'forwarder port 0', doc: network("\n  <dns><forwarder addr='192.0.2.53' port='0'/></dns>") },
  { kind: 'network', what: 'forwarder port 65536', doc: network("\n  <dns><forwarder addr='192.0.2.53' port='65536'/></dns>") },
  { kind: 'volume', what: 'encryption format luks3', doc: volume(`<encryption format='luks3'>${SECRET}</encryption>`) },
  { kind: 'volume', what: 'a cipher without an ivgen', doc: volume(`<encryption format='luks'>${SECRET}<cipher name='aes' size='256'/></encryption>`) },
  { kind: 'domainsnapshot', what: "a source's <privateData> (status XML)", doc: snapshot("<disk name='vda'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><privateData/></source></disk>") },
  {
    kind: 'domainsnapshot',
    what: "startupPolicy inside a snapshot's data store",
    doc: snapshot("<disk name='vda'><source file='/s1.qcow2'><dataStore type='file'><format type='raw'/><source file='/s1.data' startupPolicy='optional'/></dataStore></source></disk>"),
  },
  { kind: 'domainsnapshot', what: 'a data store without its format', doc: snapshot("<disk name='vda'><source file='/s1.qcow2'><dataStore type='file'><source file='/s1.data'/></dataStore></source></disk>") },
  {
    kind: 'domainsnapshot',
    what: '<reconnect> with both enabled and delay',
    doc: snapshot("<disk name='vda' type='network'><source protocol='nbd' name='x'><host name='192.0.2.10'/><reconnect enabled='yes' delay='5'/></source></disk>"),
  },
  {
    kind: 'domainsnapshot',
    what: 'an SSH identity with both keyfile and agentsock',
    doc: snapshot("<disk name='vda' type='network'><source protocol='ssh' name='/i.qcow2'><host name='h.example.org'/><identity username='virt' keyfile='/k' agentsock='/run/agent'/></source></disk>"),
  },
  { kind: 'domainsnapshot', what: '<snapshotDeleteInProgress> on a network overlay', doc: snapshot("<disk name='vda' type='network'><source protocol='nbd' name='x'><host name='192.0.2.10'/></source><snapshotDeleteInProgress/></disk>") },
];

describe("targets: what the network, volume and snapshot grammars took from libvirt 12.8's schemas, both ways", function () {
  this.timeout(120000);
  const newest = checkedReleases().at(-1) as ReturnType<typeof checkedReleases>[number];

  it('the newest checked release is 12.8.0', () => {
    expect(newest.version).to.equal('12.8.0');
  });

  for (const [label, cases, accepted] of [
    ['each witness is accepted by 12.8.0\'s schema of its kind and by virtlint\'s grammar', WITNESSES, true],
    ['each misuse is rejected by 12.8.0\'s schema of its kind and by virtlint\'s grammar', MISUSES, false],
  ] as const) {
    it(label, async () => {
      expect(await bothWaysProblems(cases, newest, accepted)).to.deep.equal([]);
    });
  }
});

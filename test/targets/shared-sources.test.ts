/**
 * The storage source shapes <nvram> shares with the disk, and the <dataStore> every source may
 * carry: on documents built to probe their edges (each source type and network protocol in
 * <nvram>, nested data stores, what libvirt refuses there), virtlint, jing on virtlint's grammar
 * and jing on libvirt 12.8's own schema (test data) give the same verdict, the one expected.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import { checkedReleases, jingRejects, type Release } from './releases.js';
import { tempDir } from '../helpers/temp-dir.js';

function domain(osChildren: string, devices = ''): string {
  return `<domain type='kvm'>
  <name>t</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>2</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type>${osChildren}</os>
  <devices>${devices}</devices>
</domain>
`;
}

const disk = (source: string, type = 'file'): string => domain('', `<disk type='${type}'>${source}<target dev='vda' bus='virtio'/></disk>`);
const FILE_DS = "<dataStore type='file'><format type='raw'/><source file='/var/lib/libvirt/images/a.data'/></dataStore>";
const SLICES = "<slices><slice type='storage' offset='0' size='1048576'/></slices>";

/** name → [document, valid?] */
const CASES: Readonly<Record<string, readonly [string, boolean]>> = {
  'nvram as text (a local file)': [domain("<nvram template='/usr/share/OVMF/OVMF_VARS.fd'>/var/lib/libvirt/qemu/nvram/t_VARS.fd</nvram>"), true],
  'nvram as a VMware datastore path': [domain('<nvram>[datastore1] t/t.nvram</nvram>'), true],
  'nvram as a relative path': [domain('<nvram>t/t.nvram</nvram>'), false],
  'nvram type file without a source': [domain("<nvram type='file'/>"), true],
  'nvram type dir': [domain("<nvram type='dir'><source dir='/srv/vars'/></nvram>"), true],
  'nvram type volume': [domain("<nvram type='volume'><source pool='vars' volume='t_VARS.fd' mode='host'/></nvram>"), true],
  'nvram type nvme': [domain("<nvram type='nvme'><source type='pci' managed='yes' namespace='1'><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source></nvram>"), true],
  'nvram type vhostuser with reconnect': [domain("<nvram type='vhostuser'><source type='unix' path='/run/vars.sock'><reconnect enabled='yes' timeout='10'/></source></nvram>"), true],
  'nvram type block with reservations and slices': [domain(`<nvram type='block'><source dev='/dev/sdb'><reservations managed='yes'/>${SLICES}</source></nvram>`), true],
  'nvram over HTTPS with the curl options': [
    domain("<nvram type='network'><source protocol='https' name='/vars.fd' query='a=b'><host name='h.example.org' port='443'/><ssl verify='no'/><cookies><cookie name='c'>v</cookie></cookies><readahead size='65536'/><timeout seconds='10'/></source></nvram>"),
    true,
  ],
  'nvram over RBD with snapshot, config, auth and librbd encryption': [
    domain(
      "<nvram type='network'><source protocol='rbd' name='pool/vars'><snapshot name='s'/><config file='/etc/ceph/ceph.conf'/><auth username='u'><secret type='ceph' usage='x'/></auth><encryption format='luks2' engine='librbd'><secret type='passphrase' usage='y'/></encryption></source></nvram>",
    ),
    true,
  ],
  'nvram over SSH with a key': [domain("<nvram type='network'><source protocol='ssh' name='/vars.fd'><host name='h.example.org'/><knownHosts path='/etc/ssh/known_hosts'/><identity username='me' keyfile='/root/.ssh/id_ed25519'/></source></nvram>"), true],
  'nvram over NFS (identity before host)': [domain("<nvram type='network'><source protocol='nfs' name='/export/vars.fd'><identity user='qemu' group='kvm'/><host name='nfs.example.org'/></source></nvram>"), true],
  'nvram with a data store': [domain(`<nvram type='file' format='qcow2'><source file='/var/lib/libvirt/qemu/nvram/t_VARS.qcow2'>${FILE_DS}</source></nvram>`), true],
  'nvram over NBD with auth (only RBD, iSCSI, HTTP(S), FTP(S) and SSH sources take auth)': [
    domain("<nvram type='network'><source protocol='nbd' name='vars'><host name='h.example.org'/><auth username='u'><secret type='iscsi' usage='x'/></auth></source></nvram>"),
    false,
  ],
  'nvram type file with text': [domain("<nvram type='file'>/var/lib/libvirt/qemu/nvram/t_VARS.fd</nvram>"), false],
  'nvram over SSH with both a key and auth': [
    domain("<nvram type='network'><source protocol='ssh' name='/v'><host name='h'/><identity username='me' keyfile='/k'/><auth username='u'><secret type='iscsi' usage='x'/></auth></source></nvram>"),
    false,
  ],
  'nvram with a disk-only child': [domain("<nvram type='file'><source file='/v'/><target dev='vda'/></nvram>"), false],
  'nvram type nvme without its PCI address': [domain("<nvram type='nvme'><source type='pci' namespace='1'/></nvram>"), false],
  'data store inside a data store': [disk("<source file='/a.qcow2'><dataStore type='file'><format type='raw'/><source file='/a.raw'><dataStore type='block'><format type='raw'/><source dev='/dev/x'/></dataStore></source></dataStore></source>"), true],
  'data store of a block job destination': [
    disk(`<source file='/a.qcow2'/><mirror type='network' job='copy'><format type='qcow2'/><source protocol='nbd' name='n'><host name='h'/>${FILE_DS}</source></mirror>`),
    true,
  ],
  'data store after the slices': [disk(`<source file='/a.qcow2'>${SLICES}${FILE_DS}</source>`), true],
  'data store without a source': [disk("<source file='/a.qcow2'><dataStore><format type='raw'/></dataStore></source>"), true],
  'data store before the slices (libvirt fixes their order)': [disk(`<source file='/a.qcow2'>${FILE_DS}${SLICES}</source>`), false],
  'data store without a format': [disk("<source file='/a.qcow2'><dataStore type='file'><source file='/d'/></dataStore></source>"), false],
  'two data stores': [disk(`<source file='/a.qcow2'>${FILE_DS}${FILE_DS}</source>`), false],
  'data store of a vhost-user source (it has none)': [disk(`<source type='unix' path='/s'>${FILE_DS}</source>`, 'vhostuser'), false],
};

function jingRejectsOurs(files: readonly string[]): Set<string> {
  const r = spawnSync('jing', [path.join(BUNDLED_SCHEMA_DIR, 'domain.rng'), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return new Set(r.stdout.split('\n').flatMap((line) => /^(.*?):\d+:\d+: (?:fatal )?error: /.exec(line)?.[1] ?? []));
}

describe('grammar: <nvram> shares the disk source definitions, and every source takes a <dataStore>', function () {
  this.timeout(120000);

  it("virtlint, jing on virtlint's grammar and jing on libvirt 12.8's schema agree on each probe document, as expected", async () => {
    const dir = tempDir('virtlint-shared-sources-');
    const names = Object.keys(CASES);
    const files = names.map((_, i) => path.join(dir, `case-${i}.xml`));
    names.forEach((n, i) => fs.writeFileSync(files[i] as string, (CASES[n] as readonly [string, boolean])[0]));
    const newest = checkedReleases().at(-1) as Release;
    expect(newest.version).to.equal('12.8.0');
    const libvirt = jingRejects(newest, files);
    const ours = jingRejectsOurs(files);
    const verdicts: string[] = [];
    const want: string[] = [];
    for (const [i, n] of names.entries()) {
      const [doc, valid] = CASES[n] as readonly [string, boolean];
      const r = await lintText(doc, { ruleSet: [] });
      const engine = !r.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      const f = files[i] as string;
      verdicts.push(`${n}: virtlint ${engine}, jing ${!ours.has(f)}, libvirt 12.8 ${!libvirt.has(f)}`);
      want.push(`${n}: virtlint ${valid}, jing ${valid}, libvirt 12.8 ${valid}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(verdicts).to.deep.equal(want);
    expect(names.filter((n) => !(CASES[n] as readonly [string, boolean])[1]).length).to.be.at.least(8);
  });
});

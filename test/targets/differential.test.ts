/**
 * The version table and the ladder against libvirt's own schemas at every checked release
 * (test/data/libvirt-schemas: Ubuntu and Debian packages from 1.3.1 to 12.8.0):
 *
 * - grammar level: an item the table dates ≤ R (its own release and its enclosing elements') is in
 *   R's schema, an item it dates > R is not — bar the named exceptions, each with its reason;
 * - document level, with jing: every corpus document and every document of the rule tests' tables
 *   that R's schema accepts gets no requires-newer-libvirt finding with --target libvirt@R; and a
 *   document built per ladder step, which R's schema rejects for one newer item only, is flagged there.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { checkTargets, TARGET_RULE_ID } from '../../src/targets/check.js';
import { domainGrammarItems } from '../../src/targets/grammar-items.js';
import { compareVersions, parseTargets, parseVersion } from '../../src/targets/target.js';
import { bundledVersionTable, type ResolvedEntry, splitKey } from '../../src/targets/version-table.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { checkedReleases, jingRejects, type Release, rootIs, ruleTableDocuments, writeDocuments } from './releases.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * Where the table and a release's schema disagree for a reason other than a wrong date. `finding`:
 * the form of the findings this leaves on documents the release's schema accepts (a documented
 * release wins over the schema).
 */
const EXCEPTIONS: readonly { release: string; keys: RegExp; finding: RegExp; reason: string }[] = [
  {
    release: '1.3.1',
    keys: /^domain\/devices\/[^/]+\/alias(\/@name)?$/,
    finding: /^`<alias>` needs libvirt ≥ 3\.9\.0;/,
    reason: "the schema had <alias> for the live XML's aliases long before 3.9.0 let users set them (the table dates the user alias)",
  },
  {
    release: '1.3.1',
    keys: /^domain\/devices\/disk\/driver\/@cache=default$/,
    finding: /^`<driver cache='default'>` needs libvirt ≥ 0\.6\.0;/,
    reason: "the documentation lists `default` with the cache modes (0.6.0) and libvirt's parser took it, but 1.3.1's schema did not list it",
  },
  {
    release: '4.0.0',
    keys: /^domain\/devices\/interface\/source\/reconnect(\/@enabled(=yes|=no)?|\/@timeout)?$/,
    finding: /^`<reconnect>` needs libvirt ≥ 4\.1\.0;/,
    reason: 'Ubuntu\'s 4.0.0 package backports vhost-user reconnect (d/p/stable/0008-vhost-user-add-support-reconnect-for-vhost-user-port.patch); upstream added it in 4.1.0',
  },
];

type Dated = ResolvedEntry & { sinceParts: readonly number[] };

/** Contradictions between the table and one release's schema, and how many items were checked. */
function contradictions(release: Release): { checked: number; problems: string[] } {
  const table = bundledVersionTable();
  const dated = (key: string): Dated | undefined => {
    const e = table.entry(key);
    return e?.sinceParts ? (e as Dated) : undefined;
  };
  let checked = 0;
  const problems: string[] = [];
  for (const item of domainGrammarItems()) {
    const own = dated(item.key);
    if (!own) continue;
    const { steps, tail } = splitKey(item.key);
    const chain = steps.map((_, i) => dated(steps.slice(0, i + 1).join('/')));
    const attr = tail.startsWith('/@') && tail.includes('=') ? dated(steps.join('/') + tail.slice(0, tail.indexOf('='))) : undefined;
    // The release an item is usable from is the latest of its own and its enclosing elements'.
    const effective = [...chain, own, attr].filter((e): e is Dated => e !== undefined).reduce((a, b) => (compareVersions(a.sinceParts, b.sinceParts) >= 0 ? a : b));
    const old = compareVersions(effective.sinceParts, release.parts) <= 0;
    // An undated enclosing element the release lacks may be the newer part: no claim to check.
    if (old && chain.some((e, i) => e === undefined && !release.has(steps.slice(0, i + 1).join('/')))) continue;
    checked++;
    if (old && !release.has(item.key)) problems.push(`${item.key}: dated ${effective.since} (${effective.key}) but not in ${release.version}'s schema`);
    if (!old && compareVersions(own.sinceParts, release.parts) > 0 && release.has(item.key)) problems.push(`${item.key}: dated ${own.since} but ${release.version}'s schema has it`);
  }
  return { checked, problems };
}

const isDomain = (text: string): boolean => rootIs(text, 'domain');

/** A domain every checked release's schema accepts, with places for one newer item. */
function domain(p: { features?: string; clock?: string; devices?: string; tail?: string } = {}): string {
  return `<domain type='kvm'>
  <name>t</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>2</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <features><acpi/>${p.features ?? ''}</features>${p.clock ?? ''}
  <devices>${p.devices ?? ''}</devices>${p.tail ?? ''}
</domain>
`;
}

/** The base domain with children for `<os>` after its `<type>` (the loader, NVRAM, …). */
const withOs = (children: string): string => domain().replace('hvm</type>', `hvm</type>${children}`);

/**
 * One document per ladder step: `after`'s schema rejects it for the one item (whose text is `at`),
 * `by`'s accepts it. Items without a documented release, so that the ladder is what flags them.
 */
const STEPS: readonly { after: string; by: string; item: string; doc: string; at: string }[] = [
  { after: '1.3.1', by: '4.0.0', item: 'domain/devices/controller/@model=qusb2', doc: domain({ devices: "<controller type='usb' index='0' model='qusb2'/>" }), at: 'qusb2' },
  { after: '4.0.0', by: '6.0.0', item: 'domain/devices/interface/rom/@enabled', doc: domain({ devices: "<interface type='user'><rom enabled='no'/></interface>" }), at: "enabled='no'" },
  { after: '6.0.0', by: '7.0.0', item: 'domain/devices/interface/mac/@check', doc: domain({ devices: "<interface type='user'><mac address='52:54:00:11:22:33' check='no'/></interface>" }), at: "check='no'" },
  { after: '7.0.0', by: '8.0.0', item: 'domain/clock/timer/@track=realtime', doc: domain({ clock: "\n  <clock offset='utc'><timer name='rtc' track='realtime'/></clock>" }), at: 'realtime' },
  { after: '8.0.0', by: '9.0.0', item: 'domain/devices/channel/@type=dbus', doc: domain({ devices: "<channel type='dbus'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>" }), at: 'dbus' },
  // libvirt's schema gives <nvram> every disk source shape; its documentation names only file, block and network.
  { after: '9.0.0', by: '10.0.0', item: 'domain/os/nvram/@type=vhostvdpa', doc: withOs("<nvram type='vhostvdpa'><source dev='/dev/vhost-vdpa-1'/></nvram>"), at: 'vhostvdpa' },
  { after: '11.3.0', by: '12.8.0', item: 'domain/launchSecurity/@type=tdx', doc: domain({ tail: "\n  <launchSecurity type='tdx'><policy>0x10000000</policy></launchSecurity>" }), at: 'tdx' },
  {
    after: '9.0.0',
    by: '10.0.0',
    item: 'domain/devices/disk/blockio/@discard_granularity',
    doc: domain({ devices: "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/t.img'/><target dev='vda' bus='virtio'/><blockio logical_block_size='512' physical_block_size='4096' discard_granularity='4096'/></disk>" }),
    at: "discard_granularity='4096'",
  },
  { after: '10.0.0', by: '11.3.0', item: 'domain/devices/interface/backend/@type=default', doc: domain({ devices: "<interface type='user'><backend type='default'/><model type='virtio'/></interface>" }), at: 'default' },
  { after: '11.3.0', by: '12.8.0', item: 'domain/devices/hostdev/source/address/@port', doc: domain({ devices: "<hostdev mode='subsystem' type='usb' managed='yes'><source><address bus='1' port='2.1'/></source></hostdev>" }), at: "port='2.1'" },
  {
    after: '11.3.0',
    by: '12.8.0',
    item: 'domain/devices/interface/source/address/@port',
    doc: domain({ devices: "<interface type='hostdev' managed='yes'><source><vendor id='0x0b95'/><product id='0x1790'/><address bus='2' port='1.4'/></source></interface>" }),
    at: "port='1.4'",
  },
];

/**
 * Features of libvirt 12.8's schema added to virtlint's grammar with their documented release: each
 * document is accepted by 12.8's schema and by virtlint's grammar, fine at `since`, flagged at the
 * release before.
 */
const NEWEST: readonly { item: string; since: string; before: string; doc: string; at: string | readonly string[] }[] = [
  { item: 'domain/cpu/topology/@clusters', since: '10.1.0', before: '10.0.0', doc: domain({ tail: "\n  <cpu><topology sockets='1' dies='1' clusters='1' cores='2' threads='1'/></cpu>" }), at: "clusters='1'" },
  { item: 'domain/on_crash=preserve-running', since: '12.6.0', before: '12.5.0', doc: domain({ tail: '\n  <on_crash>preserve-running</on_crash>' }), at: 'preserve-running' },
  { item: 'domain/hwuuid', since: '11.7.0', before: '11.6.0', doc: domain({ tail: '\n  <hwuuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</hwuuid>' }), at: 'hwuuid' },
  { item: 'domain/devices/iommu/@model=amd', since: '11.5.0', before: '11.4.0', doc: domain({ devices: "<iommu model='amd'/>" }), at: 'amd' },
  { item: 'domain/devices/iommu/driver/@xtsup', since: '11.5.0', before: '11.4.0', doc: domain({ devices: "<iommu model='amd'><driver xtsup='on' passthrough='off'/></iommu>" }), at: ['amd', "xtsup='on'", "passthrough='off'"] },
  { item: 'domain/devices/iommu/driver/@dma_translation', since: '10.7.0', before: '10.6.0', doc: domain({ devices: "<iommu model='intel'><driver intremap='on' dma_translation='off'/></iommu>" }), at: "dma_translation='off'" },
  { item: 'domain/cpu/maxphysaddr/@limit', since: '9.3.0', before: '9.2.0', doc: domain({ tail: "\n  <cpu mode='host-passthrough'><maxphysaddr mode='passthrough' limit='39'/></cpu>" }), at: "limit='39'" },
  {
    item: 'domain/devices/interface/backend/@hostname',
    since: '11.8.0',
    before: '11.7.0',
    doc: domain({ devices: "<interface type='user'><backend type='passt' hostname='bob' fqdn='bob.example.com'/><model type='virtio'/></interface>" }).replace('<memory unit', "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>\n  <memory unit"),
    at: ["hostname='bob'", "fqdn='bob.example.com'"],
  },
  { item: 'domain/features/ras', since: '10.4.0', before: '10.3.0', doc: domain({ features: "<ras state='on'/>" }).replace("machine='pc'", "machine='q35'"), at: 'ras' },
  { item: 'domain/devices/video/model/@blob', since: '9.2.0', before: '9.1.0', doc: domain({ devices: "<video><model type='virtio' blob='on'/></video>" }), at: "blob='on'" },
  { item: 'domain/devices/video/model/@edid', since: '11.7.0', before: '11.6.0', doc: domain({ devices: "<video><model type='vga' edid='off'/></video>" }), at: "edid='off'" },
  {
    item: 'domain/devices/audio/@type=pipewire',
    since: '9.10.0',
    before: '9.9.0',
    doc: domain({ devices: "<audio id='1' type='pipewire' runtimeDir='/run/user/1000'><output name='fish' streamName='food' latency='200'/></audio>" }),
    at: ['pipewire', "runtimeDir='/run/user/1000'"],
  },
  { item: 'domain/devices/*/acpi/@nodeset', since: '11.8.0', before: '11.7.0', doc: domain({ devices: "<memballoon model='virtio'><acpi nodeset='0'/></memballoon>" }), at: "nodeset='0'" },
  { item: 'domain/devices/graphics/@wait', since: '11.10.0', before: '11.9.0', doc: domain({ devices: "<graphics type='vnc' port='-1' wait='yes'/>" }), at: "wait='yes'" },
  { item: 'domain/devices/graphics/@username', since: '11.1.0', before: '11.0.0', doc: domain({ devices: "<graphics type='rdp' autoport='yes' username='bob'/>" }), at: "username='bob'" },
  { item: 'domain/devices/video/model/@device', since: '12.5.0', before: '12.4.0', doc: domain({ devices: "<video><model type='virtio' device='virtio-gpu'/></video>" }), at: "device='virtio-gpu'" },
  { item: 'domain/devices/tpm/backend/@debug', since: '10.6.0', before: '10.5.0', doc: domain({ devices: "<tpm model='tpm-crb'><backend type='emulator' version='2.0' debug='5'/></tpm>" }), at: "debug='5'" },
  {
    item: 'domain/devices/tpm/backend/profile',
    since: '10.10.0',
    before: '10.9.0',
    doc: domain({ devices: "<tpm model='tpm-crb'><backend type='emulator' version='2.0'><source type='dir' path='/var/lib/swtpm/t'/><profile source='local:restricted' removeDisabled='check'/></backend></tpm>" }),
    at: ['dir', 'profile'],
  },
  { item: 'domain/devices/hostdev/driver/@model', since: '10.0.0', before: '9.10.0', doc: domain({ devices: "<hostdev mode='subsystem' type='pci' managed='yes'><driver model='vfio-pci-igb'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x1'/></source></hostdev>" }), at: "model='vfio-pci-igb'" },
  { item: 'domain/devices/hostdev/driver/@iommufd', since: '12.1.0', before: '12.0.0', doc: domain({ devices: "<hostdev mode='subsystem' type='pci' managed='yes'><driver iommufd='yes'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x1'/></source></hostdev>" }), at: "iommufd='yes'" },
  { item: 'domain/iommufd', since: '12.2.0', before: '12.1.0', doc: domain({ tail: "\n  <iommufd enabled='yes' fdgroup='iommu'/>" }), at: 'iommufd' },
  { item: 'domain/devices/interface/mac/@currentAddress', since: '11.2.0', before: '11.1.0', doc: domain({ devices: "<interface type='user'><mac address='52:54:00:11:22:33' currentAddress='52:54:00:11:22:44'/><model type='virtio'/></interface>" }), at: "currentAddress='52:54:00:11:22:44'" },
  { item: 'domain/features/aia', since: '11.1.0', before: '11.0.0', doc: domain({ features: "<aia value='aplic-imsic'/>" }).replace("arch='x86_64' machine='pc'", "arch='riscv64' machine='virt'"), at: 'aia' },
  { item: 'domain/features/virtualization', since: '12.1.0', before: '12.0.0', doc: domain({ features: '<virtualization/>' }).replace("arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"), at: 'virtualization' },
  { item: 'domain/features/hyperv/@mode=host-model', since: '11.9.0', before: '11.8.0', doc: domain({ features: "<hyperv mode='host-model'/>" }), at: 'host-model' },
  { item: 'domain/cpu/@deprecated_features', since: '11.0.0', before: '10.10.0', doc: domain({ tail: "\n  <cpu mode='host-model' deprecated_features='off'/>" }).replace("arch='x86_64' machine='pc'", "arch='s390x' machine='s390-ccw-virtio'"), at: "deprecated_features='off'" },
  { item: 'domain/iothreadids/iothread/poll/@weight', since: '12.7.0', before: '12.6.0', doc: domain({ tail: "\n  <iothreads>1</iothreads>\n  <iothreadids><iothread id='1'><poll max='123' grow='456' shrink='789' weight='3'/></iothread></iothreadids>" }), at: "weight='3'" },
  { item: 'domain/os/acpi/table/@type=msdm', since: '11.2.0', before: '11.1.0', doc: domain().replace("hvm</type></os>", "hvm</type><acpi><table type='raw'>/var/lib/t/a.dat</table><table type='msdm'>/var/lib/t/msdm.dat</table></acpi></os>"), at: ['raw', 'msdm'] },
  { item: 'domain/cputune/energytune', since: '12.4.0', before: '12.3.0', doc: domain({ tail: "\n  <cputune><energytune vcpus='0-1'><monitor vcpus='0'/></energytune></cputune>" }), at: 'energytune' },
  { item: 'domain/devices/sound/driver', since: '10.4.0', before: '10.3.0', doc: domain({ devices: "<sound model='virtio'><driver iommu='on'/></sound>" }), at: ['virtio', 'driver'] },
  { item: 'domain/devices/iommu/driver/granule', since: '12.1.0', before: '12.0.0', doc: domain({ devices: "<iommu model='virtio'><driver><granule size='64' unit='KiB'/></driver></iommu>" }).replace("machine='pc'", "machine='q35'"), at: 'granule' },
  { item: 'domain/devices/iommu/driver/@accel', since: '12.7.0', before: '12.6.0', doc: domain({ devices: "<iommu model='smmuv3'><driver pciBus='1' accel='on' ats='on' ril='off' cmdqv='on' ssidsize='20' oas='48'/></iommu>" }).replace("arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"), at: ["accel='on'", "ats='on'", "ril='off'", "cmdqv='on'", "ssidsize='20'", "oas='48'"] },
  { item: 'domain/devices/iommu/driver/@pciBus', since: '11.10.0', before: '11.9.0', doc: domain({ devices: "<iommu model='smmuv3'><driver pciBus='1'/></iommu>" }).replace("arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"), at: "pciBus='1'" },
  { item: 'domain/devices/controller/target/@memReserve', since: '10.3.0', before: '10.2.0', doc: domain({ devices: "<controller type='pci' index='0' model='pcie-root'/><controller type='pci' index='1' model='pcie-root-port'><target chassis='1' port='0x10' memReserve='65536'/></controller>" }).replace("machine='pc'", "machine='q35'"), at: "memReserve='65536'" },
  { item: 'domain/devices/controller/driver/iothreads', since: '11.2.0', before: '11.1.0', doc: domain({ devices: "<controller type='scsi' index='0' model='virtio-scsi'><driver queues='2'><iothreads><iothread id='1'><queue id='0'/></iothread><iothread id='2'><queue id='1'/></iothread></iothreads></driver></controller>", tail: '\n  <iothreads>2</iothreads>' }), at: 'iothreads' },
  { item: 'domain/devices/memory/driver', since: '11.9.0', before: '11.8.0', doc: domain({ devices: "<memory model='virtio-mem'><target><size unit='KiB'>1048576</size><node>0</node><block unit='KiB'>2048</block></target><driver iommu='on'/></memory>" }), at: 'driver' },
  { item: 'domain/devices/filesystem/driver/@type=mtp', since: '10.2.0', before: '10.1.0', doc: domain({ devices: "<filesystem type='mount'><driver type='mtp'/><source dir='/srv/share'/><target dir='mtptag'/></filesystem>" }), at: 'mtp' },
  { item: 'domain/devices/filesystem/binary/openfiles', since: '10.6.0', before: '10.5.0', doc: domain({ devices: "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><binary><openfiles max='1024'/></binary><source dir='/srv/share'/><target dir='share'/></filesystem>" }).replace('<memory unit', "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>\n  <memory unit"), at: 'openfiles' },
  { item: 'domain/devices/filesystem/idmap', since: '10.0.0', before: '9.10.0', doc: domain({ devices: "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/srv/share'/><target dir='share'/><idmap><uid start='0' target='100000' count='65535'/><gid start='0' target='100000' count='65535'/></idmap></filesystem>" }).replace('<memory unit', "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>\n  <memory unit"), at: 'idmap' },
  {
    item: 'domain/devices/disk/source/@protocol=ssh',
    since: '9.8.0',
    before: '9.7.0',
    doc: domain({ devices: "<disk type='network'><source protocol='ssh' name='/images/a.qcow2'><host name='example.org' port='22'/><knownHosts path='/etc/ssh/known_hosts'/><identity username='me' keyfile='/root/.ssh/id_ed25519'/></source><target dev='vda' bus='virtio'/></disk>" }),
    at: ['ssh', 'knownHosts', "username='me'", "keyfile='/root/.ssh/id_ed25519'"],
  },
  {
    item: 'domain/devices/disk/driver/@discard_no_unref',
    since: '9.5.0',
    before: '9.4.0',
    doc: domain({ devices: "<disk type='file'><driver name='qemu' type='qcow2' discard_no_unref='on'/><source file='/var/lib/libvirt/images/a.qcow2'/><target dev='vda' bus='virtio'/></disk>" }),
    at: "discard_no_unref='on'",
  },
  {
    item: 'domain/devices/disk/driver/iothreads',
    since: '10.0.0',
    before: '9.10.0',
    doc: domain({ devices: "<disk type='file'><driver name='qemu' type='raw'><iothreads><iothread id='1'><queue id='0'/></iothread><iothread id='2'/></iothreads></driver><source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/></disk>" }).replace('<vcpu>', '<iothreads>2</iothreads>\n  <vcpu>'),
    at: 'iothreads',
  },
  {
    item: 'domain/devices/disk/driver/statistics',
    since: '11.9.0',
    before: '11.8.0',
    doc: domain({ devices: "<disk type='file'><driver name='qemu' type='raw'><statistics><statistic interval='1'/><statistic interval='10'/></statistics></driver><source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/></disk>" }),
    at: 'statistics',
  },
  {
    item: 'domain/devices/disk/driver/statistics/latency-histogram',
    since: '12.1.0',
    before: '12.0.0',
    doc: domain({ devices: "<disk type='file'><driver name='qemu' type='raw'><statistics><latency-histogram type='read'><bin start='0'/><bin start='1000'/></latency-histogram></statistics></driver><source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/></disk>" }),
    at: 'latency-histogram',
  },
  {
    item: 'domain/devices/disk/@model=usb-bot',
    since: '11.5.0',
    before: '11.4.0',
    doc: domain({
      devices: "<disk type='file' device='cdrom' model='usb-bot'><source file='/var/lib/libvirt/images/a.iso'/><target dev='sda' bus='usb'/><readonly/></disk><disk type='file'><source file='/var/lib/libvirt/images/b.img'/><target dev='nvme0n1' bus='nvme'/></disk>",
    }),
    at: ['usb-bot', 'nvme'],
  },
  {
    item: 'domain/devices/disk/target/@dpofua',
    since: '11.10.0',
    before: '11.9.0',
    doc: domain({ devices: "<disk type='file'><source file='/var/lib/libvirt/images/a.img'/><target dev='sda' bus='scsi' dpofua='on'/></disk>" }),
    at: "dpofua='on'",
  },
  {
    item: 'domain/throttlegroups',
    since: '11.2.0',
    before: '11.1.0',
    doc: domain({
      devices: "<disk type='file'><source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/><throttlefilters><throttlefilter group='limit0'/></throttlefilters></disk>",
      tail: '\n  <throttlegroups><throttlegroup><group_name>limit0</group_name><total_bytes_sec>10000000</total_bytes_sec><read_iops_sec>400</read_iops_sec></throttlegroup></throttlegroups>',
    }),
    at: ['throttlefilters', 'throttlegroups'],
  },
  {
    item: 'domain/os/nvram/@format',
    since: '9.2.0',
    before: '9.1.0',
    doc: domain().replace('hvm</type>', "hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader><nvram format='raw'>/var/lib/libvirt/qemu/nvram/t_VARS.fd</nvram>"),
    at: "format='raw'",
  },
  {
    item: 'domain/os/nvram/@templateFormat',
    since: '10.10.0',
    before: '10.9.0',
    doc: domain().replace('hvm</type>', "hvm</type><loader readonly='yes' type='pflash' format='qcow2'>/usr/share/OVMF/OVMF_CODE_4M.qcow2</loader><nvram template='/usr/share/OVMF/OVMF_VARS_4M.qcow2' templateFormat='qcow2' format='qcow2'>/var/lib/libvirt/qemu/nvram/t_VARS.qcow2</nvram>"),
    at: "templateFormat='qcow2'",
  },
  {
    item: 'domain/os/varstore',
    since: '12.1.0',
    before: '12.0.0',
    doc: domain().replace('hvm</type>', "hvm</type><varstore template='/usr/share/edk2/vars.json' path='/var/lib/libvirt/qemu/varstore/t.json'/>"),
    at: 'varstore',
  },
  {
    item: 'domain/os/shim',
    since: '11.2.0',
    before: '11.1.0',
    doc: domain().replace('hvm</type>', "hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.secboot.fd</loader><shim>/boot/efi/EFI/shimx64.efi</shim>"),
    at: 'shim',
  },
  {
    item: 'domain/devices/disk/source/reconnect/@delay',
    since: '9.2.0',
    before: '9.1.0',
    doc: domain({ devices: "<disk type='network'><driver name='qemu' type='raw'/><source protocol='nbd' name='export'><host name='nbd.example.org' port='10809'/><reconnect delay='10'/></source><target dev='vda' bus='virtio'/></disk>" }),
    at: "delay='10'",
  },
  {
    item: 'domain/devices/disk/@type=vhostvdpa',
    since: '9.8.0',
    before: '9.7.0',
    doc: domain({ devices: "<disk type='vhostvdpa' device='disk'><driver name='qemu' type='raw' cache='none' io='threads'/><source dev='/dev/vhost-vdpa-0'/><target dev='vda' bus='virtio'/></disk>" }),
    at: 'vhostvdpa',
  },
  {
    item: 'domain/devices/disk/@type=ctl',
    since: '12.0.0',
    before: '11.10.0',
    doc: domain({ devices: "<disk type='ctl' device='disk'><source dev='/dev/cam/ctl'/><target dev='sda' bus='sata'/></disk>" }),
    at: 'ctl',
  },
  // <nvram> shares the disk's source definitions: what a disk source gained after 8.5.0 is dated as for the disk.
  {
    item: 'domain/os/nvram/source/@protocol=ssh',
    since: '9.8.0',
    before: '9.7.0',
    doc: withOs("<nvram type='network'><source protocol='ssh' name='/vars/t_VARS.fd'><host name='example.org' port='22'/><knownHosts path='/etc/ssh/known_hosts'/><identity username='me' agentsock='/run/user/1000/ssh-agent.sock'/></source></nvram>"),
    at: ['ssh', 'knownHosts', "username='me'", "agentsock='/run/user/1000/ssh-agent.sock'"],
  },
  {
    item: 'domain/os/nvram/source/reconnect/@delay',
    since: '9.2.0',
    before: '9.1.0',
    doc: withOs("<nvram type='network'><source protocol='nbd' name='vars' tls='yes'><host name='nbd.example.org' port='10809'/><reconnect delay='10'/></source></nvram>"),
    at: "delay='10'",
  },
  {
    item: 'domain/os/nvram/source/@fdgroup',
    since: '9.0.0',
    before: '8.10.0',
    doc: withOs("<nvram type='file'><source file='/var/lib/libvirt/qemu/nvram/t_VARS.fd' fdgroup='vars'><seclabel model='dac' relabel='no'/></source></nvram>"),
    at: "fdgroup='vars'",
  },
  // A qcow2 image's external data file, in every source (the disk's, its backing chain's, the NVRAM's).
  {
    item: 'domain/devices/disk/source/dataStore',
    since: '10.10.0',
    before: '10.9.0',
    doc: domain({
      devices:
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/a.qcow2'><dataStore type='file'><format type='raw'/><source file='/var/lib/libvirt/images/a.data'/></dataStore></source>" +
        "<backingStore type='file'><format type='qcow2'/><source file='/var/lib/libvirt/images/base.qcow2'><dataStore type='block'><format type='raw'/><source dev='/dev/mapper/base-data'/></dataStore></source><backingStore/></backingStore><target dev='vda' bus='virtio'/></disk>",
    }),
    at: ['dataStore', 'dataStore'],
  },
  {
    item: 'domain/os/nvram/source/dataStore/source/@protocol',
    since: '10.10.0',
    before: '10.9.0',
    doc: withOs(
      "<loader readonly='yes' type='pflash' format='qcow2'>/usr/share/OVMF/OVMF_CODE_4M.qcow2</loader><nvram type='file' format='qcow2'><source file='/var/lib/libvirt/qemu/nvram/t_VARS.qcow2'><dataStore type='network'><format type='raw'/><source protocol='iscsi' name='iqn.2013-07.com.example:vars/1'><host name='iscsi.example.org' port='3260'/><auth username='me'><secret type='iscsi' usage='vars'/></auth></source></dataStore></source></nvram>",
    ),
    at: 'dataStore',
  },
  {
    item: 'domain/devices/disk/source/reservations/@migration',
    since: '12.1.0',
    before: '12.0.0',
    doc: domain({ devices: "<disk type='block' device='lun'><driver name='qemu' type='raw'/><source dev='/dev/mapper/shared-lun'><reservations managed='yes' migration='yes'/></source><target dev='sda' bus='scsi'/></disk>" }),
    at: "migration='yes'",
  },
  {
    item: 'domain/devices/disk/backingStore/source/reservations/@migration',
    since: '12.1.0',
    before: '12.0.0',
    doc: domain({
      devices:
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/top.qcow2'/><backingStore type='block'><format type='raw'/><source dev='/dev/mapper/base'><reservations managed='yes' migration='no'/></source><backingStore/></backingStore><target dev='sda' bus='scsi'/></disk>",
    }),
    at: "migration='no'",
  },
  {
    item: 'domain/devices/serial/source/reconnect/@delay',
    since: '9.2.0',
    before: '9.1.0',
    doc: domain({ devices: "<serial type='tcp'><source mode='connect' host='192.0.2.10' service='4555'><reconnect delay='5'/></source><protocol type='raw'/><target port='0'/></serial>" }),
    at: "delay='5'",
  },
  {
    item: 'domain/devices/interface/source/reconnect/@delay',
    since: '9.2.0',
    before: '9.1.0',
    doc: domain({ devices: "<interface type='vhostuser'><mac address='52:54:00:3b:83:1a'/><source type='unix' path='/run/vhost-user/sock0' mode='client'><reconnect delay='10'/></source><model type='virtio'/></interface>" }),
    at: "delay='10'",
  },
  {
    item: 'domain/devices/disk/source/reservations/source/reconnect/@delay',
    since: '9.2.0',
    before: '9.1.0',
    doc: domain({
      devices: "<disk type='block' device='lun'><driver name='qemu' type='raw'/><source dev='/dev/sdb'><reservations managed='no'><source type='unix' path='/run/pr-helper.sock' mode='client'><reconnect delay='3'/></source></reservations></source><target dev='sda' bus='scsi'/></disk>",
    }),
    at: "delay='3'",
  },
  // The crypto <driver> is undated (9.0.0 < it ≤ 10.0.0): its witness is the device's own, whose
  // finding is the only one a target before 9.1.0 sees.
  {
    item: 'domain/devices/crypto',
    since: '9.1.0',
    before: '9.0.0',
    doc: domain({ devices: "<crypto model='virtio' type='qemu'><backend model='builtin' queues='1'/><driver iommu='on' packed='on'/></crypto>" }),
    at: 'crypto',
  },
  {
    item: 'domain/devices/controller/@type=nvme',
    since: '11.5.0',
    before: '11.4.0',
    doc: domain({ devices: "<controller type='nvme' index='0'><serial>NVME0-01234</serial></controller><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/n.img'/><target dev='nvme0n1' bus='nvme'/></disk>" }),
    at: ['nvme', 'serial', 'nvme'],
  },
];

/**
 * Documents libvirt 12.8's schema rejects inside features added from it (a wrong combination or
 * value): virtlint's grammar must reject each too, in its own engine and under jing.
 */
const NEWEST_INVALID: readonly { what: string; doc: string }[] = [
  {
    what: '<reconnect> with both enabled and delay',
    doc: domain({ devices: "<serial type='tcp'><source mode='connect' host='192.0.2.10' service='4555'><reconnect enabled='yes' timeout='2' delay='5'/></source><target port='0'/></serial>" }),
  },
  { what: 'a host USB address with both device and port', doc: domain({ devices: "<hostdev mode='subsystem' type='usb'><source><address bus='1' device='3' port='2.1'/></source></hostdev>" }) },
  { what: 'a host USB port path five hubs deep', doc: domain({ devices: "<hostdev mode='subsystem' type='usb'><source><address bus='1' port='1.2.3.4.5'/></source></hostdev>" }) },
  {
    what: "reservations migration='on'",
    doc: domain({ devices: "<disk type='block' device='lun'><driver name='qemu' type='raw'/><source dev='/dev/sdb'><reservations managed='yes' migration='on'/></source><target dev='sda' bus='scsi'/></disk>" }),
  },
  { what: 'an NVMe controller serial with a slash', doc: domain({ devices: "<controller type='nvme' index='0'><serial>NVME/0</serial></controller>" }) },
  { what: 'a serial on a SATA controller', doc: domain({ devices: "<controller type='sata' index='0'><serial>SATA0</serial></controller>" }) },
  { what: "interface backend type='slirp'", doc: domain({ devices: "<interface type='user'><backend type='slirp'/></interface>" }) },
  { what: 'a crypto driver with queues', doc: domain({ devices: "<crypto model='virtio' type='qemu'><backend model='builtin'/><driver queues='2'/></crypto>" }) },
  {
    what: "discard_granularity='4k'",
    doc: domain({ devices: "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/t.img'/><target dev='vda' bus='virtio'/><blockio discard_granularity='4k'/></disk>" }),
  },
];

/** The target step's findings for a document (what lintText adds with that target), as "message @ text". */
function targetFindings(text: string, version: string): string[] {
  const parsed = parseXml(text);
  if (!parsed.ok) return [];
  return checkTargets(parsed.document.root, parseTargets(`libvirt@${version}`), bundledVersionTable(), 'error').map((d) => `${d.message} @ ${text.slice(d.range.start.offset, d.range.end.offset)}`);
}

/** Findings on a document the release's schema accepts that no exception explains. */
const unexplainedFindings = (release: string, found: readonly string[]): string[] =>
  found.filter((m) => !EXCEPTIONS.some((e) => e.release === release && e.finding.test(m)));

describe('targets: differential against libvirt\'s own schemas at every checked release', function () {
  this.timeout(600000);
  const releases = checkedReleases();

  it('grammar level: what the table dates ≤ R is in R\'s schema and what it dates later is not, for every release (exceptions named with their reason)', function () {
    const unexplained: string[] = [];
    const used = new Set<number>();
    const counts: string[] = [];
    for (const r of releases) {
      const { checked, problems } = contradictions(r);
      expect(checked, r.version).to.be.greaterThan(2500);
      let excepted = 0;
      for (const p of problems) {
        const i = EXCEPTIONS.findIndex((e) => e.release === r.version && e.keys.test(p.slice(0, p.indexOf(':'))));
        if (i < 0) unexplained.push(`${r.version}: ${p}`);
        else {
          used.add(i);
          excepted++;
        }
      }
      counts.push(`${r.version} ${checked}${excepted ? ` (${excepted} excepted)` : ''}`);
    }
    expect(unexplained).to.deep.equal([]);
    expect(EXCEPTIONS.filter((_, i) => !used.has(i)).map((e) => `${e.release} ${e.keys}: no longer needed`)).to.deep.equal([]);
    this.test!.title += ` — items checked: ${counts.join(', ')}`;
  });

  it('document level: each corpus document R\'s schema accepts gets no finding with --target libvirt@R, for every release', async function () {
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).map((f) => path.join(CORPUS, f)).filter((f) => isDomain(fs.readFileSync(f, 'utf8')));
    expect(files.length).to.be.greaterThan(200);
    const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
    // The target step is lintText's: checked once through the whole pipeline (at 8.0.0), then
    // called directly for every release (nine full lints per document would only repeat the rules).
    for (const f of files) {
      const res = await lintText(texts.get(f) as string, { filePath: f, targets: parseTargets('libvirt@8.0.0') });
      const text = texts.get(f) as string;
      const viaLint = res.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID).map((d) => `${d.message} @ ${text.slice(d.range.start.offset, d.range.end.offset)}`);
      expect(viaLint, path.basename(f)).to.deep.equal(targetFindings(text, '8.0.0'));
    }
    const flagged: string[] = [];
    const counts: string[] = [];
    for (const r of releases) {
      const rejected = jingRejects(r, files);
      let caught = 0;
      for (const f of files) {
        const found = targetFindings(texts.get(f) as string, r.version);
        if (!rejected.has(f)) for (const m of unexplainedFindings(r.version, found)) flagged.push(`${r.version} ${path.basename(f)}: ${m}`);
        else if (found.length > 0) caught++;
      }
      counts.push(`${r.version}: ${files.length - rejected.size} accepted, ${rejected.size} rejected of which ${caught} flagged`);
    }
    expect(flagged).to.deep.equal([]);
    this.test!.title += ` — ${counts.join('; ')}`;
  });

  it('document level: each document of the rule tests\' tables R\'s schema accepts gets no finding with libvirt@R, for every release', async function () {
    const docs = (await ruleTableDocuments()).filter(isDomain);
    expect(docs.length).to.be.greaterThan(300);
    const dir = tempDir('virtlint-ladder-');
    const files = writeDocuments(dir, 'rule', docs);
    const flagged: string[] = [];
    const counts: string[] = [];
    for (const r of releases) {
      const rejected = jingRejects(r, files);
      files.forEach((f, i) => {
        if (!rejected.has(f)) for (const m of unexplainedFindings(r.version, targetFindings(docs[i] as string, r.version))) flagged.push(`${r.version} ${path.basename(f)}: ${m}`);
      });
      counts.push(`${r.version} ${files.length - rejected.size}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(flagged).to.deep.equal([]);
    this.test!.title += ` — ${docs.length} documents; accepted per release: ${counts.join(', ')}`;
  });

  it('document level: one document per ladder step, rejected by `after`\'s schema for one newer item, is flagged exactly there at `after` and not at `by`', () => {
    const table = bundledVersionTable();
    const dir = tempDir('virtlint-ladder-');
    const base = path.join(dir, 'base.xml');
    fs.writeFileSync(base, domain());
    const files = STEPS.map((s, i) => {
      const f = path.join(dir, `step-${i}.xml`);
      fs.writeFileSync(f, s.doc);
      return f;
    });
    // One jing run per release over the base and every step's document.
    const rejectedBy = new Map(releases.map((r) => [r.version, jingRejects(r, [base, ...files])]));
    const problems: string[] = [];
    for (const [version, rejected] of rejectedBy) if (rejected.has(base)) problems.push(`the base document is invalid for ${version}`);
    // Every step of the ladder between two checked releases has its document, unless each undated
    // item of the step sits in an element dated after the step's `after` (that element's own
    // finding is then the one a target sees, and no document can use the item alone): 10.0→11.3
    // (inside `<pstore>`, 10.6.0) today.
    // finding is then the one a target sees, and no document can use the item alone; e.g. the
    // crypto `<driver>`, inside `<crypto>` 9.1.0, and `<pstore>`'s items, inside it 10.6.0).
    const ladderSteps = (table.ladder?.data.steps ?? []).filter((s) => s.after && s.by);
    const withDocument = new Set(STEPS.map((s) => `${s.after}→${s.by}`));
    for (const step of ladderSteps) {
      if (withDocument.has(`${step.after}→${step.by}`)) continue;
      const after = parseVersion(step.after as string) as number[];
      for (const key of step.items) {
        if (table.entry(key)?.since) continue;
        const { steps } = splitKey(key);
        const newerParent = steps.some((_, i) => {
          const since = table.entry(steps.slice(0, i + 1).join('/'))?.sinceParts;
          return since !== undefined && compareVersions(since, after) > 0;
        });
        if (!newerParent) problems.push(`${step.after}→${step.by}: no document for the step, yet ${key} could be used alone`);
      }
    }
    expect(withDocument.size).to.be.greaterThan(5);
    STEPS.forEach((s, i) => {
      const f = files[i] as string;
      if (!rejectedBy.get(s.after)?.has(f)) problems.push(`${s.item}: ${s.after}'s schema accepts the document`);
      if (rejectedBy.get(s.by)?.has(f) !== false) problems.push(`${s.item}: ${s.by}'s schema rejects the document`);
      expect(table.entry(s.item)?.since, s.item).to.equal(undefined);
      expect(table.bound(s.item), s.item).to.include({ after: s.after, by: s.by });
      const at = targetFindings(s.doc, s.after);
      const want = `\` is not in libvirt ${s.after}'s schema (it is in ${s.by}'s); the target is ${s.after} @ ${s.at}`;
      if (at.length !== 1 || !at[0]?.endsWith(want)) problems.push(`${s.item}: at ${s.after} expected one finding ending "${want}", got ${JSON.stringify(at)}`);
      const atBy = targetFindings(s.doc, s.by);
      if (atBy.length > 0) problems.push(`${s.item}: flagged at ${s.by}: ${JSON.stringify(atBy)}`);
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).to.deep.equal([]);
  });

  it('newest libvirt: features of 12.8\'s schema added to the grammar are accepted by 12.8 and virtlint, fine at their release, flagged at the one before', async () => {
    const dir = tempDir('virtlint-ladder-');
    const files = NEWEST.map((n, i) => {
      const f = path.join(dir, `newest-${i}.xml`);
      fs.writeFileSync(f, n.doc);
      return f;
    });
    const newest = releases[releases.length - 1] as Release;
    const rejected = jingRejects(newest, files);
    const problems: string[] = [];
    for (const [i, n] of NEWEST.entries()) {
      if (rejected.has(files[i] as string)) problems.push(`${n.item}: ${newest.version}'s schema rejects the document`);
      const r = await lintText(n.doc, { targets: parseTargets(`libvirt@${n.since}`) });
      const bad = r.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId === TARGET_RULE_ID).map((d) => d.message);
      if (bad.length > 0) problems.push(`${n.item}: at ${n.since}: ${JSON.stringify(bad)}`);
      const before = targetFindings(n.doc, n.before);
      const want = (typeof n.at === 'string' ? [n.at] : n.at).map((at) => `; the target is ${n.before} @ ${at}`);
      if (before.length !== want.length || before.some((m, j) => !m.endsWith(want[j] as string))) problems.push(`${n.item}: at ${n.before}: ${JSON.stringify(before)}`);
      expect(bundledVersionTable().entry(n.item)?.since, n.item).to.equal(n.since);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).to.deep.equal([]);
  });

  it('newest libvirt: virtlint\'s grammar agrees with 12.8\'s schema on the added features — jing on virtlint\'s grammar accepts every witness document, and both refuse the wrong uses', async () => {
    const dir = tempDir('virtlint-ladder-');
    const write = (name: string, doc: string): string => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, doc);
      return f;
    };
    const good = [...NEWEST.map((n, i) => write(`newest-${i}.xml`, n.doc)), ...STEPS.map((s, i) => write(`step-${i}.xml`, s.doc))];
    const bad = NEWEST_INVALID.map((n, i) => write(`invalid-${i}.xml`, n.doc));
    const own = { dir: path.join(REPO_ROOT, 'schemas') };
    const rejectedByOwn = jingRejects(own, [...good, ...bad]);
    const rejectedByNewest = jingRejects(releases[releases.length - 1] as Release, bad);
    const problems: string[] = good.filter((f) => rejectedByOwn.has(f)).map((f) => `${path.basename(f)}: jing rejects it with virtlint's grammar`);
    for (const [i, n] of NEWEST_INVALID.entries()) {
      const f = bad[i] as string;
      if (!rejectedByNewest.has(f)) problems.push(`${n.what}: 12.8's schema accepts it (not a witness)`);
      if (!rejectedByOwn.has(f)) problems.push(`${n.what}: jing accepts it with virtlint's grammar`);
      const r = await lintText(n.doc, {});
      if (!r.diagnostics.some((d) => d.ruleId.startsWith('schema/'))) problems.push(`${n.what}: virtlint's engine accepts it`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(good.length).to.equal(NEWEST.length + STEPS.length);
    expect(problems).to.deep.equal([]);
  });
});

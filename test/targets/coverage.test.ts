/**
 * Coverage of the version table over the bundled domain grammar. Every grammar area listed in
 * ENFORCED must have a version for each of its elements, attributes and enumerated values; the
 * few items whose version libvirt's documentation does not give are listed in KNOWN_GAPS, by
 * name, and the test fails when one of them gets an entry (so the list only shrinks). Areas not
 * listed yet are counted, not enforced: schemas/versions/README.md says which, and why.
 */
import { expect } from 'chai';
import path from 'node:path';
import { domainGrammarItems, type GrammarItem, kindGrammarItems } from '../../src/targets/grammar-items.js';
import { LADDER_KINDS } from '../../src/targets/ladder-build.js';
import { bundledVersionTable } from '../../src/targets/version-table.js';
import { REPO_ROOT } from '../helpers/paths.js';

interface Area {
  readonly name: string;
  readonly matches: (key: string) => boolean;
}

/** Areas in the order an item is assigned to them (first match wins): shared parts first. */
export const AREAS: readonly Area[] = [
  { name: 'device alias and ACPI index (shared)', matches: (k) => /^domain\/devices\/.+\/(alias|acpi)(\/|$)/.test(k) },
  { name: 'virtio transport options (shared)', matches: (k) => /\/driver\/@(iommu|ats|packed|page_per_vq)(=|$)/.test(k) },
  { name: 'device addresses (shared)', matches: (k) => /\/address(\/|$)/.test(k) },
  { name: 'character device sources (shared)', matches: (k) => /^domain\/devices\/rng\/backend\/(@type|source|protocol|log)(\/|=|$)/.test(k) },
  { name: 'LXC capabilities', matches: (k) => k.startsWith('domain/features/capabilities') },
  { name: 'hypervisor features', matches: (k) => k.startsWith('domain/features') },
  { name: 'disk driver', matches: (k) => k.startsWith('domain/devices/disk/driver') },
  { name: 'sound', matches: (k) => /^domain\/devices\/sound(\/|$)/.test(k) },
  { name: 'interface driver', matches: (k) => k.startsWith('domain/devices/interface/driver') },
  { name: 'watchdog, memballoon, rng, panic, vsock, iommu, tpm, crypto, pstore', matches: (k) => /^domain\/devices\/(watchdog|memballoon|rng|panic|vsock|iommu|tpm|crypto|pstore)(\/|$)/.test(k) },
  { name: 'video', matches: (k) => /^domain\/devices\/video(\/|$)/.test(k) },
  { name: 'input', matches: (k) => /^domain\/devices\/input(\/|$)/.test(k) },
  { name: 'memory devices', matches: (k) => /^domain\/devices\/memory(\/|$)/.test(k) },
  { name: 'graphics', matches: (k) => /^domain\/devices\/graphics(\/|$)/.test(k) },
  { name: 'CPU allocation and tuning', matches: (k) => /^domain\/(vcpu|vcpus|cputune)(\/|=|$)/.test(k) },
  { name: 'memory allocation, backing and tuning', matches: (k) => /^domain\/(memory|maxMemory|currentMemory|memoryBacking|memtune|numatune)(\/|=|$)/.test(k) },
  { name: 'CPU model, topology and guest NUMA', matches: (k) => /^domain\/cpu(\/|=|$)/.test(k) },
  { name: 'controllers', matches: (k) => /^domain\/devices\/controller(\/|$)/.test(k) },
  { name: 'filesystems', matches: (k) => /^domain\/devices\/filesystem(\/|$)/.test(k) },
  { name: 'host devices', matches: (k) => /^domain\/devices\/hostdev(\/|$)/.test(k) },
  { name: 'network interfaces', matches: (k) => /^domain\/devices\/interface(\/|$)/.test(k) },
  { name: 'time keeping', matches: (k) => /^domain\/clock(\/|=|$)/.test(k) },
  { name: 'OS booting and firmware', matches: (k) => /^domain\/(os|bootloader|bootloader_args)(\/|=|$)/.test(k) },
  { name: 'system information (sysinfo)', matches: (k) => /^domain\/sysinfo(\/|=|$)/.test(k) },
  { name: 'block I/O tuning and resource partitioning', matches: (k) => /^domain\/(blkiotune|resource)(\/|=|$)/.test(k) },
];

/** Areas whose every item must have a version. */
const ENFORCED = new Set([
  'device alias and ACPI index (shared)',
  'virtio transport options (shared)',
  'hypervisor features',
  'LXC capabilities',
  'disk driver',
  'interface driver',
  'sound',
  'watchdog, memballoon, rng, panic, vsock, iommu, tpm, crypto, pstore',
  'video',
  'input',
  'memory devices',
  'graphics',
  'CPU allocation and tuning',
  'memory allocation, backing and tuning',
  'block I/O tuning and resource partitioning',
  'CPU model, topology and guest NUMA',
  'OS booting and firmware',
  'system information (sysinfo)',
  'controllers',
  'filesystems',
  'host devices',
  'network interfaces',
  'time keeping',
]);

/**
 * Items of enforced areas without a version yet. Neither libvirt 9.0's documentation nor the
 * release notes date them: image format names listed by the storage format docs rather than the
 * disk docs, the Xen interface driver name, the crypto backend's queues, and the hypervisor
 * features the documentation lists without a release.
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = Object.fromEntries([
  ...[
    ...['dir', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qed', 'vmdk'].map((v) => `domain/devices/disk/driver/@type=${v}`),
    'domain/devices/interface/driver/@name=xen',
    'domain/devices/crypto/backend/@queues',
    // Features the documentation lists without a release (the oldest).
    ...['', '/pae', '/acpi', '/apic', '/hap', '/hap/@state', '/hap/@state=on', '/hap/@state=off', '/privnet', '/viridian', '/pvspinlock', '/pvspinlock/@state', '/pvspinlock/@state=on', '/pvspinlock/@state=off'].map((k) => `domain/features${k}`),
    // The oldest video, input and graphics items, which the documentation lists without a release.
    ...['', '/model', '/model/@type', '/model/@type=vga', '/model/@type=cirrus', '/model/@type=vmvga', '/model/@type=xen', '/model/@type=vbox', '/model/@vram', '/model/@heads'].map((k) => `domain/devices/video${k}`),
    ...['', '/@type', '/@type=tablet', '/@type=mouse', '/@bus', '/@bus=ps2', '/@bus=usb', '/@bus=xen'].map((k) => `domain/devices/input${k}`),
    ...['', '/@type', '/@type=sdl', '/@type=vnc', '/@type=rdp', '/@type=desktop', '/@display', '/@xauth', '/@fullscreen', '/@fullscreen=yes', '/@fullscreen=no', '/@port', '/@autoport', '/@autoport=yes', '/@autoport=no', '/@listen', '/@passwd', '/@keymap', '/@passwdValidTo']
      .map((k) => `domain/devices/graphics${k}`),
    // Resource settings the documentation lists without a release (the oldest, and emulatorpin,
    // the memory bandwidth monitor, numatune's restrictive mode).
    'domain/vcpu', 'domain/cputune/emulatorpin', 'domain/cputune/emulatorpin/@cpuset', 'domain/cputune/memorytune/monitor', 'domain/cputune/memorytune/monitor/@vcpus',
    'domain/memory', 'domain/currentMemory', 'domain/memoryBacking', 'domain/memoryBacking/hugepages',
    ...['', '/hard_limit', '/soft_limit', '/swap_hard_limit', '/min_guarantee'].map((k) => `domain/memtune${k}`),
    'domain/numatune/memory/@mode=restrictive', 'domain/numatune/memnode/@mode=restrictive',
    // Booting items the documentation lists without a release: <os> itself, direct kernel and
    // container boot, the Xen OS types and machines, and the architecture names (which it leaves to
    // the capabilities XML).
    ...['', '/kernel', '/initrd', '/root', '/cmdline', '/type=xen', '/type=exe', '/type/@machine=xenpv', '/type/@machine=xenfv', '/type/@machine=xenpvh'].map((k) => `domain/os${k}`),
    ...['/init', '/initarg', '/initenv', '/initenv/@name', '/initdir', '/inituser', '/initgroup'].map((k) => `domain/os${k}`),
    ...['aarch64', 'alpha', 'armv6l', 'armv7l', 'cris', 'i686', 'ia64', 'lm32', 'm68k', 'microblaze', 'microblazeel', 'mips', 'mipsel', 'mips64', 'mips64el', 'openrisc', 'parisc', 'parisc64', 'ppc', 'ppc64', 'ppc64le', 'ppcemb', 'riscv32', 'riscv64', 's390', 's390x', 'sh4', 'sh4eb', 'sparc', 'sparc64', 'unicore32', 'x86_64', 'xtensa', 'xtensaeb']
      .map((a) => `domain/os/type/@arch=${a}`),
    // SMBIOS fields the documentation lists without a release: the system SKU and family, and the
    // base board block.
    'domain/sysinfo/system/entry/@name=sku', 'domain/sysinfo/system/entry/@name=family',
    ...['', '/entry', '/entry/@name', ...['manufacturer', 'product', 'version', 'serial', 'asset', 'location'].map((v) => `/entry/@name=${v}`)].map((k) => `domain/sysinfo/baseBoard${k}`),
    // Controller items the documentation lists without a release: the oldest types and models,
    // the virtio-serial and USB port counts, USB companions, and the PCI controllers' QEMU names.
    ...['', '/@index', '/@type', '/@model', '/@ports', '/@vectors', '/master', '/master/@startport'].map((k) => `domain/devices/controller${k}`),
    ...['fdc', 'sata', 'ccid', 'isa', 'scsi', 'usb', 'ide', 'pci', 'virtio-serial'].map((v) => `domain/devices/controller/@type=${v}`),
    ...['auto', 'buslogic', 'lsilogic', 'lsisas1068', 'lsisas1078', 'vmpvscsi', 'ibmvscsi', 'virtio-scsi', 'ncr53c90', 'dc390', 'am53c974', 'piix3-uhci', 'piix4-uhci', 'ehci', 'ich9-ehci1', 'ich9-uhci1', 'ich9-uhci2', 'ich9-uhci3', 'vt82c686b-uhci', 'pci-ohci', 'nec-xhci', 'qusb1', 'qusb2']
      .map((v) => `domain/devices/controller/@model=${v}`),
    ...['spapr-pci-host-bridge', 'pci-bridge', 'i82801b11-bridge', 'pcie-pci-bridge', 'ioh3420', 'pcie-root-port', 'x3130-upstream', 'xio3130-downstream', 'pxb', 'pxb-pcie']
      .map((v) => `domain/devices/controller/model/@name=${v}`),
    // Filesystem items the documentation lists without a release: the OpenVZ template and LXC
    // image types, the read-only flag, Virtuozzo's ploop, and the image format names (as for disks).
    ...['/@type=file', '/@type=template', '/source/@file', '/source/@name', '/readonly', '/driver/@type=ploop'].map((k) => `domain/devices/filesystem${k}`),
    ...['dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk'].map((v) => `domain/devices/filesystem/driver/@format=${v}`),
    // Host device items the documentation dates only as "since after" a release (USB assignment,
    // container capabilities mode) or not at all (storage pool style SCSI adapters, Xen's driver).
    ...['', '/@mode', '/@mode=subsystem', '/@mode=capabilities', '/@type', '/@type=usb', '/@type=storage', '/@type=misc', '/@type=net', '/driver/@name=xen'].map((k) => `domain/devices/hostdev${k}`),
    ...['', '/vendor', '/vendor/@id', '/product', '/product/@id', '/@protocol=adapter', '/auth/secret/@type=ceph', '/block', '/char', '/interface'].map((k) => `domain/devices/hostdev/source${k}`),
    ...['/@type', '/@type=scsi_host', '/@type=fc_host', '/@parent', '/@managed', '/@managed=yes', '/@managed=no', '/@parent_wwnn', '/@parent_wwpn', '/@parent_fabric_wwn', '/@wwnn', '/@wwpn', '/parentaddr', '/parentaddr/@unique_id']
      .map((k) => `domain/devices/hostdev/source/adapter${k}`),
    // Network interface items the documentation lists without a release: the oldest connection
    // types and their sources, the target and MAC, the NIC model, the ROM switch (dated for
    // <hostdev> only), and settings that only the network XML or nothing documents.
    ...['/@type', '/@type=bridge', '/@type=network', '/@type=ethernet', '/@type=user', '/@type=internal', '/@type=mcast', '/@type=client', '/@type=server'].map((k) => `domain/devices/interface${k}`),
    ...['', '/@bridge', '/@macTableManager', '/@macTableManager=kernel', '/@macTableManager=libvirt', '/@network', '/@name', '/@address', '/@port', '/@missing', '/@missing=yes', '/@missing=no', '/vendor', '/vendor/@id', '/product', '/product/@id']
      .map((k) => `domain/devices/interface/source${k}`),
    // The macvtap modes are dated by the documentation (0.7.7, passthrough 0.9.2), but libvirt 9.0's
    // schema writes them as a regular expression beside vhost-user's enumerated server/client at the
    // same key, which the differential test cannot read: undated until it can.
    ...['vepa', 'bridge', 'private', 'passthrough'].map((v) => `domain/devices/interface/source/@mode=${v}`),
    ...['', '/target', '/target/@dev', '/mac', '/mac/@address', '/mac/@type=generated', '/mac/@check', '/mac/@check=yes', '/mac/@check=no', '/model', '/model/@type', '/rom/@enabled', '/rom/@enabled=yes', '/rom/@enabled=no', '/bandwidth/@classID']
      .map((k) => `domain/devices/interface${k}`),
    // Time keeping items the documentation lists without a release: <clock> and its oldest offsets,
    // the TSC timer name (dated for QEMU only, not for Xen) and the RTC's realtime tracking.
    ...['', '/@offset', '/@offset=utc', '/@offset=localtime', '/timer/@name=tsc', '/timer/@track=realtime'].map((k) => `domain/clock${k}`),
    // RDP's session options (VirtualBox): multiUser and replaceUser, described without a release.
    ...['/@replaceUser', '/@replaceUser=yes', '/@replaceUser=no', '/@multiUser', '/@multiUser=yes', '/@multiUser=no'].map((k) => `domain/devices/graphics${k}`),
  ].map((k) => [k, 'not dated by libvirt 9.0 docs nor by the release notes']),
  // The documentation dates only the enclosing element, and libvirt's own schemas show these came
  // later (test/targets/differential.test.ts): no documented release; the ladder bounds them.
  ...[
    'domain/cputune/cachetune/@id',
    'domain/cpu/numa/interconnects/bandwidth/@cache',
    'domain/devices/controller/target/@busNr',
    'domain/devices/controller/target/node',
    ...['', '/@name'].map((k) => `domain/devices/iommu/alias${k}`),
    ...['', '/@index'].map((k) => `domain/devices/iommu/acpi${k}`),
  ].map((k) => [k, "later than the enclosing element's date by libvirt's own schemas; bounded by the ladder"]),
  // <nvram> shares the disk's source definitions, as libvirt's schema does, but the documentation
  // names only the file, block and network types for it: the other types and what only they bring
  // (vhost-user's <reconnect>, before NBD's of 9.2.0) have no documented release there.
  ...[
    ...['dir', 'volume', 'nvme', 'vhostuser', 'vhostvdpa', 'ctl'].map((v) => `/@type=${v}`),
    ...['/@dir', '/@pool', '/@volume', '/@mode', '/@mode=host', '/@mode=direct', '/@type', '/@type=pci', '/@type=unix', '/@namespace', '/@managed', '/@managed=yes', '/@managed=no', '/@path']
      .map((k) => `/source${k}`),
    ...['', '/@enabled', '/@enabled=yes', '/@enabled=no', '/@timeout'].map((k) => `/source/reconnect${k}`),
  ].map((k) => [`domain/os/nvram${k}`, 'a disk source shape the NVRAM documentation does not name; bounded by the ladder']),
  // Items of libvirt 12.8's schema that its documentation describes without a release and its
  // release notes do not announce: the crypto device's virtio <driver> (9.0.0 < it ≤ 10.0.0) and
  // the interface backend's explicit type='default' (10.0.0 < it ≤ 11.3.0).
  ...['domain/devices/crypto/driver', 'domain/devices/interface/backend/@type=default'].map((k) => [k, "not dated by libvirt 12.8's documentation nor its release notes; bounded by the ladder"]),
]);

function domainItems(): GrammarItem[] {
  return domainGrammarItems(undefined, path.join(REPO_ROOT, 'schemas'));
}

const areaOf = (key: string): string | undefined => AREAS.find((a) => a.matches(key))?.name;

describe('targets: version coverage of the bundled domain grammar', () => {
  const table = bundledVersionTable();
  const items = domainItems();

  it('every element, attribute and value of the enforced areas has a version (known gaps listed by name)', () => {
    const missing = items.filter((i) => ENFORCED.has(areaOf(i.key) ?? '') && !table.entry(i.key)?.since && !(i.key in KNOWN_GAPS));
    expect(missing.map((i) => `${i.key} (${i.kind}, ${i.source})`)).to.deep.equal([]);
  });

  it('every element, attribute and value of the whole grammar has an entry with a description', () => {
    const undescribed = items.filter((i) => !table.entry(i.key)?.description.trim());
    expect(undescribed.map((i) => `${i.key} (${i.kind}, ${i.source})`)).to.deep.equal([]);
  });

  it('the known gaps are real: each is in the grammar, in an enforced area, and still has no entry', () => {
    const keys = new Set(items.map((i) => i.key));
    for (const gap of Object.keys(KNOWN_GAPS)) {
      expect(keys.has(gap), `${gap} is not a grammar item`).to.equal(true);
      expect(ENFORCED.has(areaOf(gap) ?? ''), `${gap} is not in an enforced area`).to.equal(true);
      expect(table.entry(gap)?.since, `${gap} is dated now: remove it from KNOWN_GAPS`).to.equal(undefined);
    }
  });

  it('every table key names something in the grammar (no typos, no stale entries): the domain\'s, or another kind\'s of the ladder (network, pool, volume, filter, secret)', () => {
    const others = LADDER_KINDS.filter((k) => k !== 'domain').flatMap((k) => kindGrammarItems(k));
    const keys = new Set([...items, ...others].map((i) => i.key));
    const stale: string[] = [];
    for (const f of table.files) {
      for (const [key, entry] of Object.entries(f.items)) {
        const shared = key.split('/').includes('*');
        const used = shared ? items.some((i) => table.entry(i.key)?.key === key) : keys.has(key);
        if (!used) stale.push(`${f.file}: ${key}`);
        for (const v of entry.values ?? []) {
          const valueKey = `${key}=${v}`;
          const ok = shared ? items.some((i) => table.entry(i.key)?.key === key && keys.has(`${i.key}=${v}`)) : keys.has(valueKey);
          if (!ok) stale.push(`${f.file}: ${key} value '${v}'`);
        }
      }
    }
    expect(stale).to.deep.equal([]);
  });

  it('counts the share of the whole grammar with a version (for the docs; not an assertion of completeness)', function () {
    const covered = items.filter((i) => table.entry(i.key)?.since).length;
    expect(items.length).to.be.greaterThan(4000);
    expect(covered).to.be.greaterThan(0);
    this.test!.title += ` — ${covered} of ${items.length} (${((100 * covered) / items.length).toFixed(1)}%)`;
  });
});

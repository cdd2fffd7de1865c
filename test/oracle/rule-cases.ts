/**
 * Per-rule document generators for the rules' oracle tier, for what the rule tests (harvested
 * through harvest-hook.ts) do not build: capability rules judged with the real probe of this
 * machine's QEMU 7.2, and messages the rule tests leave out. Each rule gets triggering documents
 * and near misses, edits of the seed domain (scenarios.ts `domain()`) or of a q35 base.
 */
import { domain } from './scenarios.js';

export interface RuleCase {
  readonly name: string;
  readonly text: string;
}

const EMULATOR = '/usr/bin/qemu-system-x86_64';
const Q35_DISK = `<disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/q35.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <graphics type='vnc' port='5901'/>`;
/** The seed's disk alone (no serial port, console or graphics). */
const DISK_ONLY = `<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/f14.img'/><target dev='vda' bus='virtio'/></disk>`;
const q35 = (extraDevices = '', devices = Q35_DISK): string => domain({ machine: 'q35', devices, extraDevices });
const disk = (dev: string, bus: string, driver = '', device = 'disk'): string =>
  `<disk type='file' device='${device}'><driver name='qemu' type='raw'${driver}/><source file='/var/lib/libvirt/images/${dev}.img'/><target dev='${dev}' bus='${bus}'/>${device === 'cdrom' ? '<readonly/>' : ''}</disk>`;

export const RULE_CASES: Readonly<Record<string, readonly RuleCase[]>> = {
  'emulator-supports-machine': [
    { name: 'machine type newer than QEMU 7.2', text: domain({ machine: 'pc-q35-9.9' }) },
    { name: 'unknown machine type', text: domain({ machine: 'pc-i440fx-bogus' }) },
    { name: 'machine isapc (near miss)', text: domain({ machine: 'pc-i440fx-7.2' }) },
    { name: 'machine alias q35 (near miss)', text: q35() },
    { name: 'versioned q35 (near miss)', text: domain({ machine: 'pc-q35-7.2', devices: Q35_DISK }) },
  ],
  'vcpu-machine-limit': [
    { name: '256 vCPUs on pc', text: domain({ head: "<memory unit='KiB'>1048576</memory>\n  <vcpu placement='static'>256</vcpu>" }) },
    { name: '289 vCPUs on q35', text: domain({ machine: 'q35', devices: Q35_DISK, head: "<memory unit='KiB'>1048576</memory>\n  <vcpu placement='static'>289</vcpu>" }) },
    { name: '255 vCPUs on pc (near miss)', text: domain({ head: "<memory unit='KiB'>1048576</memory>\n  <vcpu placement='static'>255</vcpu>" }) },
  ],
  'emulator-supports-arch-and-type': [
    { name: 'arch aarch64 on the x86_64 emulator', text: domain({ arch: 'aarch64', machine: 'virt' }) },
    { name: 'arch ppc64 on the x86_64 emulator', text: domain({ arch: 'ppc64', machine: 'pseries' }) },
    { name: "virt type 'hvf'", text: domain({ type: 'hvf' }) },
    { name: 'arch i686 (near miss)', text: domain({ arch: 'i686' }) },
    { name: "virt type 'qemu' (near miss)", text: domain({ type: 'qemu' }) },
  ],
  'emulator-supports-device': [
    { name: 'TPM model tpm-spapr', text: domain({ extraDevices: "<tpm model='tpm-spapr'><backend type='emulator' version='2.0'/></tpm>" }) },
    { name: 'video model vbox', text: domain({ extraDevices: "<video><model type='vbox'/></video>" }) },
    { name: 'video model parallels', text: domain({ extraDevices: "<video><model type='parallels'/></video>" }) },
    { name: 'TPM model tpm-crb (near miss)', text: domain({ extraDevices: "<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>" }) },
    { name: 'TPM model tpm-tis (near miss)', text: domain({ extraDevices: "<tpm model='tpm-tis'><backend type='emulator' version='2.0'/></tpm>" }) },
    { name: 'video model bochs as secondary (near miss)', text: domain({ extraDevices: "<video><model type='bochs'/></video>" }) },
    { name: 'NIC model e1000e (near miss)', text: domain({ extraDevices: "<interface type='user'><model type='e1000e'/></interface>" }) },
    { name: 'sound model ich9 (near miss)', text: domain({ extraDevices: "<sound model='ich9'/>" }) },
    { name: 'scsi controller model lsilogic (near miss)', text: domain({ extraDevices: "<controller type='scsi' index='0' model='lsilogic'/>" }) },
  ],
  'emulator-supports-ioeventfd': [
    { name: 'ioeventfd on a virtio NIC (near miss: QEMU 7.2 has the property)', text: domain({ extraDevices: "<interface type='user'><model type='virtio'/><driver ioeventfd='on'/></interface>" }) },
    { name: 'ioeventfd on a virtio disk (near miss)', text: domain({ extraDevices: disk('vdb', 'virtio', " ioeventfd='off'") }) },
    { name: 'ioeventfd on a q35 virtio disk (near miss)', text: q35(disk('vdb', 'virtio', " ioeventfd='on'")) },
  ],
  'emulator-missing': [
    { name: 'emulator that does not exist', text: domain().replace(EMULATOR, '/usr/bin/qemu-system-x86_64-missing') },
    { name: 'emulator that exists (near miss)', text: domain() },
  ],
  'hostdev-address-type': [
    { name: 'PCI hostdev with a drive address', text: domain({ extraDevices: "<hostdev mode='subsystem' type='pci' managed='yes'><driver name='vfio'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>" }) },
    { name: 'USB hostdev with a PCI address', text: domain({ extraDevices: "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/></hostdev>" }) },
    { name: 'PCI hostdev with a PCI address (near miss)', text: domain({ extraDevices: "<hostdev mode='subsystem' type='pci' managed='yes'><driver name='vfio'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/></hostdev>" }) },
    { name: 'USB hostdev with a USB address (near miss)', text: domain({ extraDevices: "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='usb' bus='0' port='2'/></hostdev>" }) },
  ],
  // Messages the rule tests leave out (one document per libvirt message where QEMU 7.2 can show it).
  'bios-boot-options': [
    { name: 'useserial without a serial port', text: domain({ osExtra: "<boot dev='hd'/>\n    <bios useserial='yes'/>", devices: DISK_ONLY }) },
    { name: 'useserial with a serial port (near miss)', text: domain({ osExtra: "<boot dev='hd'/>\n    <bios useserial='yes'/>" }) },
  ],
  'shmem-name': [
    { name: "shmem name '.'", text: domain({ extraDevices: "<shmem name='.'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>" }) },
    { name: "shmem name '..'", text: domain({ extraDevices: "<shmem name='..'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>" }) },
    { name: "shmem name '...' (near miss)", text: domain({ extraDevices: "<shmem name='...'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>" }) },
  ],
  'virtio-options-require-virtio': [
    { name: 'ats on an e1000 NIC', text: domain({ extraDevices: "<interface type='user'><model type='e1000'/><driver ats='on'/></interface>" }) },
    { name: 'packed on an e1000 NIC', text: domain({ extraDevices: "<interface type='user'><model type='e1000'/><driver packed='on'/></interface>" }) },
    { name: 'page_per_vq on an rtl8139 NIC', text: domain({ extraDevices: "<interface type='user'><model type='rtl8139'/><driver page_per_vq='on'/></interface>" }) },
    { name: 'packed on a virtio NIC (near miss)', text: domain({ extraDevices: "<interface type='user'><model type='virtio'/><driver packed='on'/></interface>" }) },
  ],
  'panic-model-arch': [
    { name: 'pseries panic on x86', text: domain({ extraDevices: "<panic model='pseries'/>" }) },
    { name: 's390 panic on x86', text: domain({ extraDevices: "<panic model='s390'/>" }) },
    { name: 'hyperv panic on x86 (near miss)', text: domain({ extraDevices: "<panic model='hyperv'/>" }) },
  ],
  'lifecycle-actions': [
    { name: 'preserve on reboot', text: domain().replace('<on_reboot>restart</on_reboot>', '<on_reboot>preserve</on_reboot>') },
    { name: 'preserve on crash (near miss)', text: domain().replace('<on_crash>restart</on_crash>', '<on_crash>preserve</on_crash>') },
  ],
  'drive-address-bus-limits': [
    { name: 'ide target 1', text: domain({ extraDevices: "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/hdb.img'/><target dev='hdb' bus='ide'/><address type='drive' controller='0' bus='0' target='1' unit='0'/></disk>" }) },
    { name: 'sata bus 1', text: q35("<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/sdb.img'/><target dev='sdb' bus='sata'/><address type='drive' controller='0' bus='1' target='0' unit='0'/></disk>") },
    { name: 'fdc target 1', text: domain({ extraDevices: "<disk type='file' device='floppy'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/fda.img'/><target dev='fda' bus='fdc'/><address type='drive' controller='0' bus='0' target='1' unit='0'/></disk>" }) },
    { name: 'sata unit 3 (near miss)', text: q35("<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/sdb.img'/><target dev='sdb' bus='sata'/><address type='drive' controller='0' bus='0' target='0' unit='3'/></disk>") },
  ],
  'video-attr-compat': [
    { name: 'vgamem on vga', text: domain({ extraDevices: "<video><model type='virtio' vgamem='16384'/></video>" }) },
    { name: 'vram64 on virtio', text: domain({ extraDevices: "<video><model type='virtio' vram64='16384'/></video>" }) },
    { name: 'vgamem on qxl (near miss)', text: domain({ extraDevices: "<video><model type='qxl' vgamem='16384'/></video>" }) },
  ],
  'disk-copy-on-read': [
    { name: 'copy_on_read on a cdrom', text: domain({ extraDevices: disk('hdd', 'ide', " copy_on_read='on'", 'cdrom') }) },
    { name: 'copy_on_read on a plain disk (near miss)', text: domain({ extraDevices: disk('vdb', 'virtio', " copy_on_read='on'") }) },
  ],
  // Near misses for rules whose tests put the accepted form in the same document as the refused one.
  'disk-address-type-matches-bus': [{ name: 'ide disk with a drive address (near miss)', text: domain({ extraDevices: "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/hdb.img'/><target dev='hdb' bus='ide'/><address type='drive' controller='0' bus='0' target='0' unit='1'/></disk>" }) }],
  'disk-cdrom-bus-ejectable': [{ name: 'cdrom on sata (near miss)', text: q35(disk('sdb', 'sata', '', 'cdrom')) }],
  'disk-device-bus-compat': [
    { name: 'floppy on fdc (near miss)', text: domain({ extraDevices: disk('fda', 'fdc', '', 'floppy') }) },
    { name: 'readonly scsi disk (near miss)', text: domain({ extraDevices: disk('sdb', 'scsi').replace('</disk>', '<readonly/></disk>') }) },
  ],
  'disk-target-unique': [{ name: 'distinct targets vdb and vdc (near miss)', text: domain({ extraDevices: disk('vdb', 'virtio') + disk('vdc', 'virtio') }) }],
  'graphics-combinations': [{ name: 'vnc and spice together (near miss)', text: domain({ extraDevices: "<graphics type='spice' autoport='yes'/>" }) }],
  'hostdev-duplicate': [
    { name: 'two different PCI hostdevs (near miss)', text: domain({ extraDevices: "<hostdev mode='subsystem' type='pci' managed='yes'><driver name='vfio'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source></hostdev><hostdev mode='subsystem' type='pci' managed='yes'><driver name='vfio'/><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x6'/></source></hostdev>" }) },
  ],
  'boot-order-unique': [{ name: 'boot orders 1 and 2 (near miss)', text: domain({ osExtra: '', extraDevices: disk('vdb', 'virtio').replace('</disk>', "<boot order='1'/></disk>") + disk('vdc', 'virtio').replace('</disk>', "<boot order='2'/></disk>") }) }],
  'net-driver-attrs-nonvirtio': [{ name: 'txmode and ioeventfd on a virtio NIC (near miss)', text: domain({ extraDevices: "<interface type='user'><model type='virtio'/><driver name='qemu' txmode='iothread' ioeventfd='on'/></interface>" }) }],
  'disk-network-auth-protocol': [{ name: 'nbd disk without auth (near miss)', text: domain({ extraDevices: "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='nbd' name='export'><host name='example.org' port='10809'/></source><target dev='vdb' bus='virtio'/></disk>" }) }],
  'hugepages-nodes': [
    {
      name: 'hugepages for NUMA node 0 of one (near miss; needs hugetlbfs, so tagged here)',
      text: domain({
        head: "<memory unit='KiB'>1048576</memory>\n  <memoryBacking><hugepages><page size='2048' unit='KiB' nodeset='0'/></hugepages></memoryBacking>\n  <vcpu placement='static'>1</vcpu>\n  <cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>",
      }),
    },
  ],
  'ioeventfd-requires-virtio': [
    { name: 'ioeventfd on a sata disk (q35)', text: q35(disk('sda', 'sata', " ioeventfd='on'")) },
    { name: 'ioeventfd on a scsi disk', text: domain({ extraDevices: disk('sdb', 'scsi', " ioeventfd='off'") }) },
    { name: 'ioeventfd on a usb disk', text: domain({ extraDevices: disk('sdc', 'usb', " ioeventfd='on'") }) },
    { name: 'ioeventfd on a virtio disk (near miss)', text: domain({ extraDevices: disk('vdc', 'virtio', " ioeventfd='on'") }) },
    { name: 'ioeventfd on an e1000 NIC (near miss: libvirt drops it)', text: domain({ extraDevices: "<interface type='user'><model type='e1000'/><driver ioeventfd='on'/></interface>" }) },
  ],
};

/** Rules no document can exercise with libvirt 9.0 + QEMU 7.2 (x86_64) on this machine, and why. */
export const NOT_EXERCISABLE: Readonly<Record<string, string>> = {
  'emulator-supports-ioeventfd': "every virtio device of QEMU 7.2 has the 'ioeventfd' property (it needs an older or differently built QEMU)",
  'emulator-supports-acpi-index': "every PCI device of QEMU 7.2 has the 'acpi-index' property (it needs QEMU 5.2 or older; test/caps/acpi-index.test.ts judges the capability sources)",
  'emulator-supports-iothread-pool': "QEMU 7.2's IOThreads have thread-pool-min/max (it needs QEMU 7.0 or older; test/rules/emulator-supports-iothread-pool.test.ts judges the capability sources)",
  'emulator-supports-smartcard-redirdev': 'QEMU 7.2 for x86_64 has ccid-card-emulated, ccid-card-passthru and usb-redir (the s390x emulator lacks them: fid17-arch-define.test.ts pins those refusals)',
  policy: "site policies from configuration, not libvirt's: the rule does nothing without options (test/plugins/policy.test.ts)",
};

/** Rules whose near misses libvirt accepts only with host state this machine lacks (they are tagged). */
export const NEAR_MISSES_NEED_HOST: Readonly<Record<string, string>> = {
  'hugepages-nodes': 'any hugepages configuration needs a mounted hugetlbfs ("hugetlbfs filesystem is not mounted")',
};

/** Rules whose triggering documents libvirt refuses only for host state (they are tagged, not compared). */
export const HOST_STATE_ONLY: Readonly<Record<string, string>> = {
  'emulator-missing': 'a missing emulator binary is host state: libvirt refuses with "Cannot check QEMU binary …: No such file or directory" (tagged); virtlint warns',
  'firmware-autoselect-match':
    'whether a firmware matches depends on the descriptors installed on the host: libvirt refuses with "Unable to find any firmware to satisfy …" (tagged); the rule reads the same host\'s descriptors when probing',
};

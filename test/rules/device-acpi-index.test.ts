import rule from '../../rules/device-acpi-index.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const nic = (acpi: string, extra = ''): string => `<interface type='user'><model type='virtio'/>${extra}${acpi}</interface>`;
const disk = (bus: string, dev: string, acpi = "<acpi index='5'/>"): string => `<disk type='file' device='disk'><source file='/var/lib/libvirt/images/b.img'/><target dev='${dev}' bus='${bus}'/>${acpi}</disk>`;
/** A guest of another architecture: only <os><type> and the devices matter to the rule. */
const other = (arch: string, machine: string, devices: string): string => `<domain type='qemu'>
  <name>other</name>
  <memory unit='KiB'>262144</memory>
  <os><type arch='${arch}'${machine ? ` machine='${machine}'` : ''}>hvm</type></os>
  <devices>
    ${devices}
    <memballoon model='none'/>
  </devices>
</domain>
`;
const S390 = (devices: string): string => other('s390x', 's390-ccw-virtio', devices);
const MMIO_NIC = "<interface type='user'><model type='virtio'/><address type='virtio-mmio'/></interface>";
const rng = (acpi: string): string => `<rng model='virtio'><backend model='random'>/dev/urandom</backend>${acpi}</rng>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an index on a NIC libvirt puts in a PCI slot', code: addDevices(SEED, nic("<acpi index='1'/>")) },
    { name: 'accepts the largest unsigned int (QEMU, not libvirt, limits it)', code: addDevices(SEED, nic("<acpi index='4294967295'/>")) },
    { name: 'accepts an index on a NIC with the all-zero PCI address (libvirt assigns a slot)', code: addDevices(SEED, nic("<acpi index='2'/>", "<address type='pci'/>")) },
    { name: 'accepts <acpi> without an index', code: addDevices(SEED, nic('<acpi/>')) },
    { name: 'accepts an index on a virtio disk and a USB controller on q35', code: addDevices(Q35, `${disk('virtio', 'vdb')}<controller type='usb' index='1' model='qemu-xhci'><acpi index='7'/></controller>`) },
    { name: 'accepts an index on a PCI host device', code: addDevices(SEED, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><acpi index='6'/></hostdev>") },
    { name: 'accepts an index on devices libvirt gives no address at all (PS/2 mouse, ib700 watchdog, ISA serial port)', code: addDevices(SEED, "<input type='mouse' bus='ps2'><acpi index='5'/></input><watchdog model='ib700'><acpi index='6'/></watchdog><serial type='pty'><target port='1'/><acpi index='7'/></serial>") },
    { name: 'accepts an index on a virtio console (libvirt gives it no address)', code: addDevices(SEED, "<console type='pty'><target type='virtio' port='1'/><acpi index='5'/></console>") },
    { name: "accepts white space before the number (libvirt's strtoul skips it)", code: addDevices(SEED, nic("<acpi index=' 3'/>") + nic("<acpi index='&#9;&#10;4'/>")) },
    { name: "leaves '+3', '0x3', '3 3' and a no-break space to the schema (the grammar refuses them)", code: addDevices(SEED, nic("<acpi index='+3'/>") + nic("<acpi index='0x3'/>") + nic("<acpi index='3 3'/>") + nic("<acpi index='&#160;3'/>")) },
    { name: "leaves '4294967296 ' to the schema (out of the grammar's range, white space or not)", code: addDevices(SEED, nic("<acpi index='4294967296 '/>")) },
    { name: 'accepts an e1000 NIC and a virtio NIC with a PCI address on s390x (libvirt gives them PCI slots)', code: S390(`<interface type='user'><model type='e1000'/><acpi index='3'/></interface>${nic("<acpi index='4'/>", "<address type='pci'/>")}`) },
    { name: 'accepts a virtio NIC and RNG without an address on aarch64 virt (libvirt gives them PCI slots)', code: other('aarch64', 'virt', nic("<acpi index='3'/>") + rng("<acpi index='4'/>")) },
    { name: 'accepts a virtio NIC without an address on armv7l virt', code: other('armv7l', 'virt', nic("<acpi index='3'/>")) },
    { name: 'accepts a virtio NIC without an address on riscv64 virt', code: other('riscv64', 'virt', nic("<acpi index='3'/>")) },
    { name: 'accepts a filesystem and a vsock beside a virtio-mmio device on aarch64 virt (they keep PCI slots)', code: other('aarch64', 'virt', `${MMIO_NIC}<filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='t'/><acpi index='3'/></filesystem><vsock model='virtio'><cid auto='yes'/><acpi index='4'/></vsock>`) },
    { name: 'accepts a virtio NIC on aarch64 without a machine (libvirt picks one without PCI and gives the NIC no address)', code: other('aarch64', '', nic("<acpi index='3'/>")) },
    { name: 'accepts a USB controller and an e1000 NIC beside a virtio-mmio device on aarch64 virt', code: other('aarch64', 'virt', `${MMIO_NIC}<controller type='usb' index='0' model='qemu-xhci'><acpi index='3'/></controller><interface type='user'><model type='e1000'/><acpi index='4'/></interface>`) },
    { name: 'accepts a video device without a model on an armv7l vexpress board (libvirt picks cirrus there, with no address)', code: other('armv7l', 'vexpress-a15', "<video><acpi index='3'/></video>") },
    { name: 'accepts a video device without a model on aarch64 virt without a virtio-mmio device (PCI)', code: other('aarch64', 'virt', "<video><acpi index='3'/></video>") },
    { name: 'accepts a virtio console on s390x (libvirt gives it no address)', code: S390("<console type='pty'><target type='virtio' port='1'/><acpi index='3'/></console>") },

    { name: 'leaves a non-PCI device of a Xen domain alone', code: edit(addDevices(SEED, disk('ide', 'hdb')), ["<domain type='qemu'>", "<domain type='xen'>"]) },
  ],
  invalid: [
    { name: 'errs on index 0', code: addDevices(SEED, nic("<acpi index='0'/>")), errors: [{ severity: 'error', near: "<acpi index='|0'", message: /start at 1/ }] },
    { name: 'errs on index 00 (libvirt reads the number)', code: addDevices(SEED, nic("<acpi index='00'/>")), errors: [{ near: "<acpi index='|00'" }] },
    { name: 'errs on index 0 in a Xen domain too (the generic parser refuses it)', code: edit(addDevices(SEED, disk('ide', 'hdb', "<acpi index='0'/>")), ["<domain type='qemu'>", "<domain type='xen'>"]), errors: [{ near: "<acpi index='|0'", message: /start at 1/ }] },
    { name: 'errs on an IDE disk', code: addDevices(SEED, disk('ide', 'hdb')), errors: [{ near: "<acpi index='|5'", message: /bus 'ide' gets a drive address/ }] },
    { name: 'errs on a SCSI disk named sd* without a bus', code: addDevices(SEED, disk('scsi', 'sdb').replace(" bus='scsi'", '')), errors: [{ near: "<acpi index='|5'", message: /bus 'scsi'/ }] },
    { name: 'errs on a USB disk', code: addDevices(SEED, disk('usb', 'sdc')), errors: [{ near: "<acpi index='|5'", message: /USB port/ }] },
    { name: 'errs on a SATA disk on q35', code: addDevices(Q35, disk('sata', 'sdb')), errors: [{ near: "<acpi index='|5'" }] },
    { name: 'errs on a USB tablet', code: addDevices(SEED, "<input type='tablet' bus='usb'><acpi index='5'/></input>"), errors: [{ near: "<acpi index='|5'", message: /input device on bus 'usb'/ }] },
    { name: 'errs on a USB sound card', code: addDevices(SEED, "<sound model='usb'><acpi index='5'/></sound>"), errors: [{ near: "<acpi index='|5'" }] },
    { name: 'errs on USB and SCSI host devices', code: addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><acpi index='5'/></hostdev><hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source><acpi index='6'/></hostdev>"), errors: [{ near: "<acpi index='|5'", message: /USB host device/ }, { near: "<acpi index='|6'", message: /SCSI host device/ }] },
    { name: 'errs on a ccid controller and a smartcard', code: addDevices(SEED, "<controller type='ccid' index='0'><acpi index='5'/></controller><smartcard mode='passthrough' type='tcp'><source mode='connect' host='127.0.0.1' service='2001'/><protocol type='raw'/><acpi index='6'/></smartcard>"), errors: [{ near: "<acpi index='|5'", message: /ccid controller/ }, { near: "<acpi index='|6'", message: /smartcard/ }] },
    { name: 'errs on a usb-serial port', code: addDevices(SEED, "<serial type='pty'><target type='usb-serial' port='1'/><acpi index='6'/></serial>"), errors: [{ near: "<acpi index='|6'", message: /usb-serial/ }] },
    { name: 'errs on a virtio channel (libvirt gives it a virtio-serial port)', code: addDevices(SEED, "<channel type='pty'><target type='virtio' name='org.example.0'/><acpi index='5'/></channel>"), errors: [{ near: "<acpi index='|5'", message: /virtio-serial/ }] },
    { name: "errs on white space after the number (the grammar collapses it, libvirt's parser refuses it)", code: addDevices(SEED, nic("<acpi index='3 '/>")), errors: [{ severity: 'error', near: "<acpi index='|3 '", message: /<acpi index='3 '> has white space after the number/ }] },
    { name: 'errs on a tab after the number, and on 0 followed by a space (libvirt refuses the text before it looks at the number)', code: addDevices(SEED, nic("<acpi index=' 3&#9;'/>") + nic("<acpi index='0 '/>")), errors: [{ near: "<acpi index='| 3&#9;'", message: /^<acpi index=' 3&#9;'> has white space after/ }, { near: "<acpi index='|0 '", message: /white space after/ }] },
    { name: "errs on '3 ' in a Xen domain too (the generic parser refuses it: virsh -c test:///default says so for a test domain)", code: edit(addDevices(SEED, disk('ide', 'hdb', "<acpi index='3 '/>")), ["<domain type='qemu'>", "<domain type='xen'>"]), errors: [{ near: "<acpi index='|3 '", message: /white space after the number/ }] },
    { name: "errs on ' 0' and '&#10;00', quoting them as written", code: addDevices(SEED, nic("<acpi index=' 0'/>") + nic("<acpi index='&#10;00'/>")), errors: [{ near: "<acpi index='| 0'", message: /^<acpi index=' 0'>: ACPI indexes start at 1/ }, { near: "<acpi index='|&#10;00'", message: /^<acpi index='&#10;00'>: ACPI indexes start at 1/ }] },
    { name: 'errs on each virtio device without an address on s390x (libvirt gives them ccw addresses)', code: S390(`${nic("<acpi index='1'/>")}${disk('virtio', 'vdb', "<acpi index='2'/>")}${rng("<acpi index='3'/>")}<controller type='scsi' index='0' model='lsilogic'><acpi index='4'/></controller><controller type='virtio-serial' index='0'><acpi index='5'/></controller><input type='tablet' bus='virtio'><acpi index='6'/></input><video><model type='virtio'/><acpi index='7'/></video>`), errors: [
      { near: "<acpi index='|1'", message: /this <interface> has none \(a virtio network interface gets a ccw address on an s390x machine \('s390-ccw-virtio'\)\)/ },
      { near: "<acpi index='|2'", message: /a virtio disk gets a ccw address/ },
      { near: "<acpi index='|3'", message: /a virtio RNG gets a ccw address/ },
      { near: "<acpi index='|4'", message: /a scsi controller gets a ccw address/ },
      { near: "<acpi index='|5'", message: /a virtio-serial controller gets a ccw address/ },
      { near: "<acpi index='|6'", message: /a virtio input device gets a ccw address/ },
      { near: "<acpi index='|7'", message: /a virtio video device gets a ccw address/ },
    ] },
    { name: 'errs on a NIC without a model, a virtio balloon, a filesystem, a vsock and a vhost-scsi host device on s390x without a machine', code: other('s390x', '', `<interface type='user'><acpi index='1'/></interface><filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='t'/><acpi index='2'/></filesystem><vsock model='virtio'><cid auto='yes'/><acpi index='3'/></vsock><hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5123456789abcde0'/><acpi index='4'/></hostdev>`).replace("<memballoon model='none'/>", "<memballoon model='virtio-transitional'><acpi index='5'/></memballoon>"), errors: [
      { near: "<acpi index='|1'", message: /virtio network interface gets a ccw address on an s390x machine \('s390-ccw-virtio'\)/ },
      { near: "<acpi index='|2'", message: /shared filesystem gets a ccw address/ },
      { near: "<acpi index='|3'", message: /vsock gets a ccw address/ },
      { near: "<acpi index='|4'", message: /vhost-scsi host device gets a ccw address/ },
      { near: "<acpi index='|5'", message: /virtio memory balloon gets a ccw address/ },
    ] },
    { name: 'errs on a virtio NIC without an address on aarch64 virt once another device has a virtio-mmio address, naming its line', code: other('aarch64', 'virt', MMIO_NIC + nic("<acpi index='3'/>")), errors: [{ near: "<acpi index='|3'", message: /a virtio network interface gets a virtio-mmio address on machine 'virt', where the <interface> on line 6 is written with one/ }] },
    { name: 'errs on a virtio disk and a SCSI controller beside a virtio-mmio RNG on riscv64 virt', code: other('riscv64', 'virt', `${rng("<address type='virtio-mmio'/>")}${disk('virtio', 'vdb', "<acpi index='3'/>")}<controller type='scsi' index='0'><acpi index='4'/></controller>`), errors: [{ near: "<acpi index='|3'", message: /virtio disk gets a virtio-mmio address/ }, { near: "<acpi index='|4'", message: /scsi controller gets a virtio-mmio address/ }] },
    { name: 'errs on a video device without a model on s390x (libvirt picks virtio and gives it a ccw address)', code: S390("<video><acpi index='3'/></video>"), errors: [{ near: "<acpi index='|3'", message: /video device without a model \(libvirt picks virtio\) gets a ccw address/ }] },
    { name: 'errs on a video device without a model beside a virtio-mmio device on aarch64 virt', code: other('aarch64', 'virt', MMIO_NIC + "<video><acpi index='3'/></video>"), errors: [{ near: "<acpi index='|3'", message: /gets a virtio-mmio address/ }] },
    { name: 'errs on a video device without a model beside a virtio-mmio RNG on riscv64 virt', code: other('riscv64', 'virt', `${rng("<address type='virtio-mmio'/>")}<video><acpi index='3'/></video>`), errors: [{ near: "<acpi index='|3'" }] },
    { name: 'errs on a host device NIC written with a virtio model on s390x', code: S390("<interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><model type='virtio'/><acpi index='3'/></interface>"), errors: [{ near: "<acpi index='|3'", message: /host device network interface of model virtio gets a ccw address/ }] },
    { name: 'errs on a host device NIC written with a virtio model beside a virtio-mmio device on aarch64 virt', code: other('aarch64', 'virt', MMIO_NIC + "<interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><model type='virtio'/><acpi index='3'/></interface>"), errors: [{ near: "<acpi index='|3'" }] },
    { name: 'errs on a virtio NIC on an armv7l vexpress board', code: other('armv7l', 'vexpress-a15', nic("<acpi index='3'/>")), errors: [{ near: "<acpi index='|3'", message: /virtio-mmio address on machine 'vexpress-a15'\)/ }] },
    { name: 'errs on a NIC with a virtio-mmio address', code: addDevices(SEED, nic("<acpi index='5'/>", "<address type='virtio-mmio'/>")), errors: [{ near: "<acpi index='|5'", message: /<address type='virtio-mmio'>/ }] },
    { name: 'errs on a usb-net NIC with a USB address', code: addDevices(SEED, "<interface type='user'><model type='usb-net'/><address type='usb' bus='0' port='1'/><acpi index='5'/></interface>"), errors: [{ near: "<acpi index='|5'", message: /<address type='usb'>/ }] },
  ],
});

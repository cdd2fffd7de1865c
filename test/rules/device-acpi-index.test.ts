import rule from '../../rules/device-acpi-index.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const nic = (acpi: string, extra = ''): string => `<interface type='user'><model type='virtio'/>${extra}${acpi}</interface>`;
const disk = (bus: string, dev: string, acpi = "<acpi index='5'/>"): string => `<disk type='file' device='disk'><source file='/var/lib/libvirt/images/b.img'/><target dev='${dev}' bus='${bus}'/>${acpi}</disk>`;

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
    { name: 'errs on a NIC with a virtio-mmio address', code: addDevices(SEED, nic("<acpi index='5'/>", "<address type='virtio-mmio'/>")), errors: [{ near: "<acpi index='|5'", message: /<address type='virtio-mmio'>/ }] },
    { name: 'errs on a usb-net NIC with a USB address', code: addDevices(SEED, "<interface type='user'><model type='usb-net'/><address type='usb' bus='0' port='1'/><acpi index='5'/></interface>"), errors: [{ near: "<acpi index='|5'", message: /<address type='usb'>/ }] },
  ],
});

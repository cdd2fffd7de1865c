import rule from '../../rules/device-acpi-index-qemu.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

/** The seed with <features><acpi/></features> (QEMU checks ACPI indexes only then). */
const ACPI = edit(SEED, ['</os>', '</os>\n  <features><acpi/></features>']);
const nic = (index: string, model = 'virtio', extra = ''): string => `<interface type='user'><model type='${model}'/>${extra}<acpi index='${index}'/></interface>`;
/** A PCIe port of index `n` (bus n), with hotplug off when `off`. */
const port = (n: number, off: boolean, model = 'pcie-root-port'): string => `<controller type='pci' index='${n}' model='${model}'>${off ? "<target hotplug='off'/>" : ''}</controller>`;
const onBus = (bus: number, slot = 0): string => `<address type='pci' domain='0x0000' bus='0x${bus.toString(16).padStart(2, '0')}' slot='0x0${slot}' function='0x0'/>`;
/** A pcie-to-pci-bridge of index `n` written in the port of index `parent`. */
const bridge = (n: number, parent: number): string => `<controller type='pci' index='${n}' model='pcie-to-pci-bridge'>${onBus(parent)}</controller>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts two NICs with their own indexes', code: addDevices(ACPI, nic('3') + nic('4', 'e1000')) },
    { name: 'accepts index 16383', code: addDevices(ACPI, nic('16383')) },
    { name: 'accepts a duplicate without <acpi/> (QEMU 7.2 starts that guest)', code: addDevices(SEED, nic('3') + nic('3', 'e1000')) },
    { name: 'accepts index 16384 without <acpi/>', code: addDevices(SEED, nic('16384')) },
    { name: 'leaves index 0 and a duplicate on a non-PCI device to device-acpi-index', code: addDevices(ACPI, `${nic('0')}${nic('0', 'e1000')}<input type='tablet' bus='usb'><acpi index='5'/></input>${nic('5')}`) },
    { name: 'accepts a PS/2 mouse sharing a NIC index (libvirt passes no index for a device without an address)', code: addDevices(ACPI, `<input type='mouse' bus='ps2'><acpi index='5'/></input>${nic('5')}`) },
    { name: 'accepts two NICs of index 3 on q35 root ports with hotplug off (QEMU 7.2 starts that guest)', code: addDevices(Q35, port(20, true) + port(21, true) + nic('3', 'virtio', onBus(20)) + nic('3', 'e1000e', onBus(21))) },
    { name: 'accepts index 16384 on a NIC in a switch downstream port with hotplug off', code: addDevices(Q35, `${port(20, false)}${port(21, false, 'pcie-switch-upstream-port')}${port(22, true, 'pcie-switch-downstream-port')}${nic('16384', 'virtio', onBus(22))}`) },
    { name: 'accepts a NIC of index 3 on a hotplug-off port beside one of index 3 on an ordinary port (QEMU does not count the first)', code: addDevices(Q35, port(20, true) + port(21, false) + nic('3', 'virtio', onBus(20)) + nic('3', 'virtio', onBus(21))) },
    { name: 'accepts two NICs of index 3 on a pcie-to-pci-bridge in a hotplug-off root port (QEMU 7.2 starts that guest)', code: addDevices(Q35, port(20, true) + bridge(21, 20) + nic('3', 'e1000', onBus(21, 1)) + nic('3', 'e1000', onBus(21, 2))) },
    { name: 'does not judge NICs on a bridge without an address when a port has hotplug off (libvirt may put the bridge there)', code: addDevices(Q35, port(20, true) + port(21, false, 'pcie-to-pci-bridge') + nic('16384', 'e1000', onBus(21, 1))) },
    { name: 'does not judge a NIC without an address when a port has hotplug off (libvirt may put it there)', code: addDevices(Q35, port(20, true) + nic('16384')) },
    { name: "leaves a '3 ' beside a 3 to device-acpi-index (libvirt refuses it when it reads the document)", code: addDevices(ACPI, nic('3') + nic('3 ', 'e1000')) },
    { name: 'leaves non-x86 guests alone', code: edit(addDevices(ACPI, nic('3') + nic('3', 'e1000')), ["arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"]) },
  ],
  invalid: [
    { name: 'warns on two NICs with index 3, at the second, naming the first', code: addDevices(ACPI, nic('3') + nic('3', 'e1000')), errors: [{ severity: 'warning', near: "<model type='e1000'/><acpi index='|3'", message: /<interface> on line \d+: QEMU refuses to start/ }] },
    { name: 'warns on index 16384', code: addDevices(ACPI, nic('16384')), errors: [{ near: "<acpi index='|16384'", message: /up to 16383/ }] },
    { name: 'warns on index 4294967295', code: addDevices(ACPI, nic('4294967295')), errors: [{ near: "<acpi index='|4294967295'", message: /up to 16383/ }] },
    { name: 'warns on a NIC and a virtio disk sharing an index on q35 (one written PCI address)', code: addDevices(Q35, `${nic('7', 'virtio', "<address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/>")}<disk type='file' device='disk'><source file='/var/lib/libvirt/images/b.img'/><target dev='vdb' bus='virtio'/><acpi index='7'/></disk>`), errors: [{ near: "<target dev='vdb' bus='virtio'/><acpi index='|7'", message: /<interface> on line/ }] },
    { name: "warns on a duplicate on pc with the root bus's hotplug off (QEMU still checks it there)", code: addDevices(edit(ACPI, ['<devices>', "<devices><controller type='pci' index='0' model='pci-root'><target hotplug='off'/></controller>"]), nic('3') + nic('3', 'e1000')), errors: [{ near: "<model type='e1000'/><acpi index='|3'", message: /already the index/ }] },
    { name: 'warns on a duplicate on an ordinary port beside a hotplug-off port, and on 16384 there', code: addDevices(Q35, port(20, true) + port(21, false) + port(22, false) + port(23, false) + nic('3', 'virtio', onBus(20)) + nic('3', 'virtio', onBus(21)) + nic('3', 'e1000e', onBus(22)) + nic('16384', 'e1000e', onBus(23))), errors: [{ near: "bus='0x16' slot='0x00' function='0x0'/><acpi index='|3'", message: /already the index of the <interface> on line/ }, { near: "<acpi index='|16384'", message: /up to 16383/ }] },
    { name: 'warns on two NICs of index 3 on a pcie-to-pci-bridge in an ordinary root port, beside a hotplug-off one', code: addDevices(Q35, port(20, true) + port(22, false) + bridge(21, 22) + nic('3', 'e1000', onBus(21, 1)) + nic('3', 'e1000', onBus(21, 2))), errors: [{ near: "bus='0x15' slot='0x02' function='0x0'/><acpi index='|3'", message: /already the index/ }] },
    { name: 'warns on each repeat of a thrice-used index', code: addDevices(ACPI, nic('2') + nic('2', 'e1000') + nic('2', 'rtl8139')), errors: [{ near: "<model type='e1000'/><acpi index='|2'" }, { near: "<model type='rtl8139'/><acpi index='|2'" }] },
  ],
});

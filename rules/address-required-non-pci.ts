import { isQemuDomain, lacksPciBus } from '../src/model/machine.js';
import { unplaceableOnPci } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';

/** What to write instead, by what the device is. */
const FIX: Readonly<Record<string, string>> = {
  'a usb-net network interface': "Give it a USB address (<address type='usb' bus='0' port='…'/>)",
  'a xenbus controller': 'Remove it: it belongs to Xen guests, not QEMU ones',
  'an isa controller': 'Remove it: the machine has its ISA bus built in',
  "a memory balloon of model 'xen'": "Use model='virtio' (or 'none')",
};

export default defineRule({
  meta: {
    id: 'address-required-non-pci',
    description: "devices that are not PCI devices but that libvirt 9.0 still tries to give a PCI slot when they are written without an address: a usb-net NIC, a xenbus or isa controller, a memballoon of model 'xen'",
    defaultSeverity: 'error',
    libvirtMessages: ['Cannot automatically add a new PCI bus for a device with connect flags %x'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    // Without any PCI bus, libvirt stops earlier with another refusal (pci-bus-unavailable reports it).
    if (lacksPciBus(domain) && !domain.devices.controllers.some((c) => c.type?.value === 'pci')) return;
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const d = list[i]!;
      const what = unplaceableOnPci(d);
      if (!what) continue;
      context.report({
        range: d.address?.nameRange ?? d.nameRange,
        message: `${what} is not a PCI device, but libvirt 9.0 looks for a PCI slot for one written without an address and finds none that fits it: libvirt refuses this domain. ${FIX[what]}`,
      });
    }
  },
});

import { archOf, defaultInputBus, isArm, isQemuDomain, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'input-bus-compat',
    description: "<input> devices on a bus that cannot carry them: a tablet on ps2, ps2 on ARM, RISC-V and s390 guests (their QEMU has no PS/2 controller), passthrough input or an input model off virtio, the xen bus in a QEMU domain or an HVM guest, and the (non-)transitional virtio input models",
    defaultSeverity: 'error',
    libvirtMessages: ['ps2 bus does not support %s input device', 'ps2 is not supported by this QEMU binary', "only bus 'virtio' is supported for 'passthrough' input devices", 'unsupported input bus %s', "only bus 'virtio' is supported for input model '%s'", 'virtio (non-)transitional models are not supported for input type=%s'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.inputs; i < list.length; i++) {
      const d = list[i]!;
      const type = d.type?.value;
      const bus = d.bus;
      const model = d.model;
      if (model && isQemuDomain(domain) && (type === 'mouse' || type === 'keyboard' || type === 'tablet' || type === 'passthrough')) {
        // Without bus, libvirt puts an x86 mouse or keyboard on PS/2, any input of an s390 guest on virtio, the rest on USB.
        if ((bus ? bus.value : defaultInputBus(domain, type)) !== 'virtio') {
          context.report({ range: model.range, message: `model='${model.value}' makes this a virtio-input device, which only sits on bus='virtio', not ${bus ? `'${bus.value}'` : 'the default bus'}: libvirt refuses this domain. Use bus='virtio' or remove model` });
          continue;
        }
        if (model.value === 'virtio-transitional' || model.value === 'virtio-non-transitional') {
          context.report({ range: model.range, message: `libvirt 9.0 has no ${model.value} variant of virtio-input (for any input type): it refuses this domain. Use model='virtio' or remove model` });
        }
      }
      if (!type || !bus) continue;
      if (bus.value === 'xen' && isQemuDomain(domain)) {
        context.report({ range: bus.range, message: `the xen input bus is Xen's paravirtual frontend; QEMU domains have none: libvirt refuses this domain. Use bus='usb', 'ps2' or 'virtio'` });
      } else if (bus.value === 'xen' && domain.os?.type?.value === 'hvm') {
        // libvirt's generic validation, whatever the driver (virsh -c test:///default says so of a type='xen' HVM guest).
        context.report({ range: bus.range, message: `the xen input bus is the frontend of Xen's paravirtual guests (<type>xen</type>), not of an HVM guest: libvirt refuses this domain. Use bus='usb' or 'ps2'` });
      } else if (bus.value === 'ps2' && type !== 'mouse' && type !== 'keyboard') {
        context.report({ range: bus.range, message: `PS/2 only has a mouse and a keyboard, not a ${type}: libvirt refuses this domain. Use bus='usb' (or 'virtio') for a ${type}` });
      } else if (bus.value === 'ps2' && isQemuDomain(domain) && (isArm(domain) || archOf(domain).startsWith('riscv') || isS390(domain))) {
        context.report({ range: bus.range, message: `${archOf(domain)} guests have no PS/2 controller (QEMU builds none for them): libvirt refuses this domain. Use bus='virtio'${isS390(domain) ? '' : " (or 'usb' with a USB controller)"}` });
      } else if (type === 'passthrough' && bus.value !== 'virtio') {
        context.report({ range: bus.range, message: `passthrough input (an evdev device of the host) is only available as virtio-input, not on bus '${bus.value}': libvirt refuses this domain. Use bus='virtio'` });
      }
    }
  },
});

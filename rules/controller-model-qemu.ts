import { controllerIndexes } from '../src/model/controllers.js';
import { archOf, isQemuDomain, isX86, machineOf, machineShown } from '../src/model/machine.js';
import type { Domain } from '../src/model/domain.js';
import { defineRule } from '../src/rule.js';

/** Machines whose board has an ESP (ncr53c90) SCSI controller built in: SPARC sun4m, MIPS Magnum/Pica-61. */
function hasBuiltinEsp(domain: Domain): boolean {
  const a = archOf(domain);
  const m = machineOf(domain);
  return a === 'sparc' || (a.startsWith('mips64') && (m === 'magnum' || m === 'pica61'));
}

export default defineRule({
  meta: {
    id: 'controller-model-qemu',
    description: "controller models a QEMU domain cannot have: SCSI buslogic, SCSI ncr53c90 other than as the built-in first controller of a board that has one, USB qusb1/qusb2; ports= on an x86 USB controller other than qemu-xhci and nec-xhci (libvirt defines it, then refuses to start it)",
    defaultSeverity: 'error',
    libvirtMessages: ["USB controller model type 'qusb1' or 'qusb2' is not supported in qemu", 'Unsupported controller model: %s', 'ncr53c90 can only be used as first SCSI controller', 'ncr53c90 SCSI controller is not a built-in for this machine', "usb controller type '%s' doesn't support 'ports' with this QEMU binary"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const model = c.model;
      const ports = c.ports;
      if (ports && c.type?.value === 'usb' && isX86(domain) && model?.value !== 'qemu-xhci' && model?.value !== 'nec-xhci') {
        // Without a model libvirt 9.0 gives a written x86 controller piix3-uhci, on q35 too.
        const which = model ? `'${model.value}'` : "without a model (libvirt picks 'piix3-uhci')";
        context.report({ range: ports.attributeRange, message: `ports= sets the root hub size of an xHCI controller; this USB controller ${which} has no such setting: libvirt defines this domain but refuses to start it. Use model='qemu-xhci' or remove ports` });
      }
      if (!model) continue;
      // Qualcomm's USB controllers (qusb1/qusb2) are in libvirt's schema for other hypervisors.
      if (c.type?.value === 'usb' && (model.value === 'qusb1' || model.value === 'qusb2')) {
        context.report({ range: model.range, message: `QEMU has no '${model.value}' USB controller: libvirt refuses this domain. Use model='qemu-xhci'` });
      }
      if (c.type?.value !== 'scsi') continue;
      if (model.value === 'buslogic') {
        context.report({ range: model.range, message: "QEMU has no BusLogic SCSI controller: libvirt refuses this domain. Use model='virtio-scsi' (or 'lsilogic' for old guests)" });
      } else if (model.value === 'ncr53c90') {
        // The ESP is part of a few boards, never an add-on card.
        if (controllerIndexes(domain).get(c) !== 0) context.report({ range: model.range, message: "the ncr53c90 (ESP) is a board's built-in SCSI controller, so it can only be the first one (index 0): libvirt refuses this domain" });
        else if (!hasBuiltinEsp(domain)) context.report({ range: model.range, message: `the ncr53c90 (ESP) is built into SPARC and MIPS Magnum boards only, not this ${archOf(domain)} '${machineShown(domain)}' machine: libvirt refuses this domain. Use model='virtio-scsi'` });
      }
    }
  },
});

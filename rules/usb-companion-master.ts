import { controllerIndexes, isUsbCompanion } from '../src/model/controllers.js';
import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'usb-companion-master',
    description: 'an ICH9 UHCI companion controller (ich9-uhci1/2/3) without a master (a USB controller that is not a companion, usually ich9-ehci1) at the same index',
    defaultSeverity: 'error',
    libvirtMessages: ['No master USB controller specified', 'masterbus not found'],
  },
  check(domain, context) {
    // The check is the QEMU driver's (it builds the companion's masterbus); Xen guests are left alone.
    // Most documents have no companion: then nothing is looked up or allocated.
    const controllers = domain.devices.controllers;
    if (!controllers.some(isUsbCompanion) || !isQemuDomain(domain)) return;
    const indexes = controllerIndexes(domain);
    const masters = new Set<number>();
    // libvirt takes as master whichever USB controller at the index is not a companion (ich9-ehci1 by
    // design, but a qemu-xhci there serves too: libvirt 9.0 defines and starts such a domain).
    for (const c of controllers) if (c.type?.value === 'usb' && !isUsbCompanion(c) && c.model?.value !== 'none') masters.add(indexes.get(c)!);
    for (const c of controllers) {
      if (!isUsbCompanion(c)) continue;
      const model = c.model!.value;
      const i = indexes.get(c)!;
      // A companion written without an index joins its master (virt-install writes them that way).
      if (c.index ? masters.has(i) : masters.size > 0) continue;
      context.report({
        range: c.model!.range,
        message: `${model} is a USB1 companion of an ICH9 EHCI controller, but no USB host controller (normally <controller type='usb' model='ich9-ehci1'${c.index ? ` index='${i}'` : ''}>) is there to be its master: libvirt refuses this domain. Add the ich9-ehci1 master with the same index, or use a standalone model (qemu-xhci)`,
      });
    }
  },
});

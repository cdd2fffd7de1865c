import { controllerIndexes } from '../src/model/controllers.js';
import type { Controller } from '../src/model/index.js';
import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

const isCompanion = (c: Controller): boolean => c.type?.value === 'usb' && /^ich9-uhci[123]$/.test(c.model?.value ?? '');

export default defineRule({
  meta: {
    id: 'usb-companion-master',
    description: 'an ICH9 UHCI companion controller (ich9-uhci1/2/3) without an ich9-ehci1 master at the same index',
    defaultSeverity: 'error',
    libvirtMessages: ['No master USB controller specified', 'masterbus not found'],
  },
  check(domain, context) {
    // The check is the QEMU driver's (it builds the companion's masterbus); Xen guests are left alone.
    // Most documents have no companion: then nothing is looked up or allocated.
    const controllers = domain.devices.controllers;
    if (!controllers.some(isCompanion) || !isQemuDomain(domain)) return;
    const indexes = controllerIndexes(domain);
    const masters = new Set<number>();
    for (const c of controllers) if (c.type?.value === 'usb' && c.model?.value === 'ich9-ehci1') masters.add(indexes.get(c)!);
    for (const c of controllers) {
      if (!isCompanion(c)) continue;
      const model = c.model!.value;
      const i = indexes.get(c)!;
      // A companion written without an index joins its master (virt-install writes them that way).
      if (c.index ? masters.has(i) : masters.size > 0) continue;
      context.report({
        range: c.model!.range,
        message: `${model} is a USB1 companion of an ICH9 EHCI controller, but no <controller type='usb' model='ich9-ehci1'${c.index ? ` index='${i}'` : ''}> is there to be its master: libvirt refuses this domain. Add the ich9-ehci1 master with the same index, or use a standalone model (qemu-xhci)`,
      });
    }
  },
});

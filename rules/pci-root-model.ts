import { controllerIndexes } from '../src/model/controllers.js';
import { hasPcieRoot, hasPciRoot, isS390, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'pci-root-model',
    description: "the PCI controller with index 0 does not match the machine (pcie-root on q35 and ARM/RISC-V virt, pci-root on i440fx and s390x), and a root controller at another index",
    defaultSeverity: 'error',
    libvirtMessages: ["The PCI controller with index='0' must be model='%s' for this machine type, but model='%s' was found instead", 'pci-root and pcie-root controllers should have index 0'],
  },
  check(domain, context) {
    // s390x: libvirt 9.0 adds a pci-root for zPCI (QEMU 7.2's s390x has it) and refuses a pcie-root at index 0.
    const expected = hasPcieRoot(domain) ? 'pcie-root' : hasPciRoot(domain) || isS390(domain) ? 'pci-root' : undefined;
    const indexes = controllerIndexes(domain);
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const model = c.model;
      if (c.type?.value !== 'pci' || !model) continue;
      const index = indexes.get(c);
      if ((model.value === 'pci-root' || model.value === 'pcie-root') && index !== undefined && index !== 0) {
        // Without index=, libvirt numbers a controller after every written index: a second root lands above 0.
        const how = c.index ? `index='${index}'` : `no index, so libvirt numbers it ${index} (index 0 is taken)`;
        context.report({ range: model.range, message: `a ${model.value} is the root bus and must be the PCI controller with index 0, but this one has ${how}: libvirt refuses this domain. Keep one root controller, at index 0` });
        continue;
      }
      if (!expected || index !== 0 || model.value === expected) continue;
      if (model.value !== 'pci-root' && model.value !== 'pcie-root') continue; // other models at index 0: another check
      context.report({
        range: model.range,
        message: `machine '${machineShown(domain)}' has a ${expected === 'pcie-root' ? 'PCI Express' : 'conventional PCI'} root bus, so the index-0 PCI controller must be model='${expected}', not '${model.value}': libvirt refuses this domain. This usually comes from switching between i440fx and q35: remove the PCI controllers and addresses and let libvirt add them`,
      });
    }
  },
});

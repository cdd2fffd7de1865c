import { controllerIndexes } from '../src/model/controllers.js';
import { diskName } from '../src/model/describe.js';
import { hasBuiltinIde, isQemuDomain, machineShown } from '../src/model/machine.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ide-controller-machine',
    description: 'IDE disks or controllers on a machine without a built-in IDE controller (q35, microvm, isapc, ARM virt, …), and a second IDE controller on i440fx',
    defaultSeverity: 'error',
    libvirtMessages: ['IDE controllers are unsupported for this QEMU binary or machine type', 'Only a single IDE controller is supported for this machine type'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // other drivers (Xen, …) have their own rules
    const builtin = hasBuiltinIde(domain);
    if (builtin === undefined) return;
    const machine = machineShown(domain);
    if (!builtin) {
      // libvirt adds an IDE controller for each IDE disk, then refuses it: both point at the same fix.
      for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
        const disk = list[i]!;
        if (effectiveDiskBus(disk) !== 'ide') continue;
        context.report({
          range: disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange,
          message: `${diskName(disk)} is on bus 'ide', but machine '${machine}' has no IDE controller: libvirt refuses this domain. Use bus='sata' (q35) or 'virtio'/'scsi', with a target name to match (sdX, vdX)`,
        });
      }
    }
    // One pass over the controllers, not a filtered copy made per document (most have no IDE controller).
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      if (c.type?.value !== 'ide') continue;
      const index = controllerIndexes(domain).get(c) ?? 0;
      if (!builtin) {
        context.report({
          range: c.type?.range ?? c.nameRange,
          message: `machine '${machine}' has no IDE controller and libvirt cannot add one: libvirt refuses this domain. Remove the controller and use a SATA (q35), SCSI or virtio disk bus`,
        });
      } else if (index !== 0) {
        context.report({
          range: c.index?.range ?? c.nameRange,
          message: `IDE controller ${index}: machine '${machine}' has a single, built-in IDE controller (index 0): libvirt refuses this domain. Remove it, or put more disks on SATA, SCSI or virtio`,
        });
      }
    }
  },
});

import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule, removeAttributeFix } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ioeventfd-requires-virtio',
    description: 'ioeventfd on a disk or interface that is not virtio (libvirt refuses the disk, drops it on the interface)',
    defaultSeverity: 'error',
    fixable: true,
    libvirtMessages: ['disk ioeventfd mode supported only for virtio bus'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const a = disk.driver?.ioeventfd;
      const bus = effectiveDiskBus(disk);
      if (!a || !bus || bus === 'virtio') continue;
      context.report({
        range: a.attributeRange,
        message: `ioeventfd is only supported on virtio disks, but disk '${disk.target?.dev?.value ?? '?'}' uses bus '${bus}': libvirt refuses this domain. Remove ioeventfd or use <target bus='virtio'>`,
        // Removing the attribute is the safe half of the advice: changing the bus changes the guest's device names.
        fix: removeAttributeFix(context.sourceText, a),
      });
    }
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const a = nic.driver?.ioeventfd;
      if (!a) continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model)) continue;
      const which = defaulted ? `has no <model>, so libvirt uses '${model}'` : `uses model '${model}'`;
      context.report({
        severity: 'warning',
        range: a.attributeRange,
        message: `ioeventfd only applies to virtio interfaces; this interface ${which}, and libvirt silently ignores the setting. Remove ioeventfd or use <model type='virtio'/>`,
        fix: removeAttributeFix(context.sourceText, a),
      });
    }
  },
});

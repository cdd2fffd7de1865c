import { defineRule } from '../src/rule.js';

const ATTRS = [
  ['queues', 'queues'],
  ['cmd_per_lun', 'cmdPerLun'],
  ['max_sectors', 'maxSectors'],
  ['ioeventfd', 'ioeventfd'],
  ['iothread', 'iothread'],
] as const;

export default defineRule({
  meta: {
    id: 'controller-virtio-scsi-only-attrs',
    description: 'controller <driver> queues, cmd_per_lun, max_sectors, ioeventfd or iothread on anything but a virtio-scsi controller',
    defaultSeverity: 'error',
    libvirtMessages: ["'%s' is only supported by virtio-scsi controller", "'iothread' is only supported for virtio-scsi controller", "'iothread' attribute only supported for virtio scsi controllers"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const type = c.type?.value;
      const model = c.model?.value;
      // A SCSI controller without a model may become virtio-scsi; only flag what is certainly not.
      if (!c.driver || (type === 'scsi' && (model === undefined || model.startsWith('virtio')))) continue;
      const what = type === 'scsi' ? `SCSI controller model '${model}'` : `'${type ?? '?'}' controller`;
      for (const [name, key] of ATTRS) {
        const a = c.driver[key];
        if (a) context.report({ range: a.attributeRange, message: `${name} only applies to virtio-scsi controllers, not to this ${what}: libvirt refuses this domain. Remove ${name}` });
      }
    }
  },
});

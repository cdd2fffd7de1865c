import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-model-requires-virtio-bus',
    description: "<disk model='virtio…'> on a disk whose bus is not virtio",
    defaultSeverity: 'error',
    libvirtMessages: ["disk model '%s' not supported for bus '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const model = disk.model;
      const bus = effectiveDiskBus(disk);
      if (!model || !model.value.startsWith('virtio') || !bus || bus === 'virtio') continue;
      context.report({
        range: model.range,
        message: `model '${model.value}' selects a virtio-blk device, but ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove the model attribute or use <target bus='virtio'>`,
      });
    }
  },
});

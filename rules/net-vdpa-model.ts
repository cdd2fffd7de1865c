import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-vdpa-model',
    description: "<interface type='vdpa'> with a model other than 'virtio' itself",
    defaultSeverity: 'error',
    libvirtMessages: ["invalid model for interface of type '%s': '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (nic.type?.value !== 'vdpa') continue;
      // libvirt 9.0 takes no model (it picks virtio) or 'virtio'; not even the (non-)transitional ones.
      const model = nic.model;
      if (model && model.value !== 'virtio') {
        context.report({ range: model.range, message: `a vDPA device is a virtio-net device in the host's hardware; libvirt 9.0 takes only model 'virtio' for it, not '${model.value}', and refuses this domain. Use <model type='virtio'/> or remove <model>` });
      }
    }
  },
});

import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-vhostuser-requires-virtio',
    description: "<interface type='vhostuser'> with a model other than virtio, <interface type='vdpa'> with a model other than 'virtio' itself",
    defaultSeverity: 'error',
    libvirtMessages: ["Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend", "invalid model for interface of type '%s': '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const type = nic.type?.value;
      if (type === 'vdpa') {
        // libvirt 9.0 takes no model (it picks virtio) or 'virtio'; not even the (non-)transitional ones.
        const model = nic.model;
        if (model && model.value !== 'virtio') {
          context.report({ range: model.range, message: `a vDPA device is a virtio-net device in the host's hardware; libvirt 9.0 takes only model 'virtio' for it, not '${model.value}', and refuses this domain. Use <model type='virtio'/> or remove <model>` });
        }
        continue;
      }
      if (type !== 'vhostuser') continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model)) continue;
      context.report({
        range: nic.model?.range ?? nic.type!.range,
        message: `vhost-user only works with a virtio-net front end, ${defaulted ? `and without <model> libvirt would use '${model}'` : `not '${model}'`}: libvirt refuses this domain. Use <model type='virtio'/>`,
      });
    }
  },
});

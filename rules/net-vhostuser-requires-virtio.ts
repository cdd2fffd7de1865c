import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-vhostuser-requires-virtio',
    description: "<interface type='vhostuser'> with a model other than virtio",
    defaultSeverity: 'error',
    libvirtMessages: ["Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (nic.type?.value !== 'vhostuser') continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model)) continue;
      context.report({
        range: nic.model?.range ?? nic.type.range,
        message: `vhost-user only works with a virtio-net front end, ${defaulted ? `and without <model> libvirt would use '${model}'` : `not '${model}'`}: libvirt refuses this domain. Use <model type='virtio'/>`,
      });
    }
  },
});

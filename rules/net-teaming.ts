import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-teaming',
    description: '<teaming> pairs that are inconsistent: transient without persistent=, persistent with it, a persistent member that is not virtio',
    defaultSeverity: 'error',
    libvirtMessages: [
      "teaming persistent attribute must be set if teaming type is 'transient'",
      "teaming persistent attribute not allowed if teaming type is '%s'",
      "virtio-net teaming persistent interface must be <model type='virtio'/>, not '%s'",
      "virtio-net teaming transient interface must be type='hostdev', not '%s'",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const t = nic.teaming;
      if (!t) continue;
      const type = t.type;
      const persistent = t.persistent;
      if (type?.value === 'transient' && !persistent) {
        context.report({ range: type.attributeRange, message: `a transient team member must name its persistent partner (persistent='<alias of the virtio interface>'): libvirt refuses this domain` });
      } else if (type?.value === 'persistent' && persistent) {
        context.report({ range: persistent.attributeRange, message: `persistent= belongs on the transient member; the persistent member must not have it: libvirt refuses this domain` });
      }
      if (type?.value === 'transient' && nic.type && nic.type.value !== 'hostdev' && nic.type.value !== 'network') {
        context.report({ range: nic.type.range, message: `the transient member of a team is the passthrough NIC and must be type='hostdev', not '${nic.type.value}': libvirt refuses this domain` });
      }
      if (type?.value === 'persistent') {
        const { model } = effectiveNetModel(domain, nic);
        if (!isVirtioNetModel(model)) context.report({ range: nic.model?.range ?? type.attributeRange, message: `the persistent member of a team must be a virtio interface, not '${model}': libvirt refuses this domain. Use <model type='virtio'/>` });
      }
    }
  },
});

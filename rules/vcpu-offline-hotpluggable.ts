import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vcpu-offline-hotpluggable',
    description: "a <vcpus><vcpu> that is offline (enabled='no') and cannot be hot-plugged (hotpluggable='no')",
    defaultSeverity: 'error',
    libvirtMessages: ["vcpu '%u' is both offline and not hotpluggable"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.vcpuStates; i < list.length; i++) {
      const v = list[i]!;
      // An offline vCPU can only come online by hot-plugging it, which hotpluggable='no' forbids.
      if (v.enabled?.value === 'no' && v.hotpluggable?.value === 'no') {
        context.report({ range: v.hotpluggable.range, message: `vCPU ${v.id?.value ?? '?'} starts offline but is not hot-pluggable, so it could never be brought online: libvirt refuses this domain. Use hotpluggable='yes', or enabled='yes'` });
      }
    }
  },
});

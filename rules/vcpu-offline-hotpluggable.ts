import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vcpu-offline-hotpluggable',
    description: "<vcpus><vcpu> states libvirt refuses: a vCPU offline and not hot-pluggable, an id past the <vcpu> count, vCPU 0 offline, hot-pluggable or not first in order, order= on some online vCPUs only",
    defaultSeverity: 'error',
    libvirtMessages: [
      "vcpu '%u' is both offline and not hotpluggable",
      "vcpu id '%u' is out of range of maximum vcpu count",
      "vcpu 0 can't be offline",
      "vcpu0 can't be hotpluggable",
      'vcpu0 must be enabled first',
      'all vcpus must have either set or unset order',
    ],
  },
  check(domain, context) {
    const list = domain.vcpuStates;
    if (list.length === 0) return;
    const max = parseDecimal(domain.vcpu?.max?.value);
    let ordered: (typeof list)[number] | undefined;
    let unordered: (typeof list)[number] | undefined;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      const id = parseDecimal(v.id?.value);
      if (id !== undefined && max !== undefined && id >= max) {
        context.report({ range: v.id!.range, message: `vCPU ${id} does not exist: the domain has ${max} vCPU(s) (0–${max - 1}): libvirt refuses this domain. Remove it or raise the <vcpu> count` });
        continue;
      }
      // An offline vCPU can only come online by hot-plugging it, which hotpluggable='no' forbids.
      if (v.enabled?.value === 'no' && v.hotpluggable?.value === 'no') {
        context.report({ range: v.hotpluggable.range, message: `vCPU ${v.id?.value ?? '?'} starts offline but is not hot-pluggable, so it could never be brought online: libvirt refuses this domain. Use hotpluggable='yes', or enabled='yes'` });
        continue;
      }
      if (id === 0) {
        // vCPU 0 is the boot CPU: always online, never unplugged, first to start.
        const order = parseDecimal(v.order?.value);
        if (v.enabled?.value === 'no') context.report({ range: v.enabled.range, message: `vCPU 0 is the boot CPU and must be online: libvirt refuses this domain. Set enabled='yes'` });
        else if (v.hotpluggable?.value === 'yes') context.report({ range: v.hotpluggable.range, message: `vCPU 0 is the boot CPU and cannot be hot-plugged: libvirt refuses this domain. Set hotpluggable='no'` });
        else if (order !== undefined && order > 1) context.report({ range: v.order!.range, message: `vCPU 0 is the boot CPU and comes online first, so its order must be 1, not ${order}: libvirt refuses this domain` });
      }
      if (v.enabled?.value === 'no') continue;
      if (v.order) ordered ??= v;
      else unordered ??= v;
    }
    if (ordered && unordered) {
      const later = ordered.range.start.offset > unordered.range.start.offset ? ordered : unordered;
      context.report({ range: later.nameRange, message: `some online vCPUs have order= and others do not (vCPU ${ordered.id?.value ?? '?'} has one, vCPU ${unordered.id?.value ?? '?'} has none): libvirt refuses this domain. Give every online vCPU an order, or none` });
    }
  },
});

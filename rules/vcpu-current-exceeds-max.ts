import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vcpu-current-exceeds-max',
    description: '<vcpu current> larger than the maximum vCPU count, or zero',
    defaultSeverity: 'error',
    libvirtMessages: ['maximum vCPU count must not be less than current vCPU count', "vcpu 0 can't be offline"],
  },
  check(domain, context) {
    const cur = domain.vcpu?.current;
    const current = parseDecimal(cur?.value);
    const max = parseDecimal(domain.vcpu?.max?.value);
    if (!cur || current === undefined || max === undefined) return;
    if (current > max) {
      context.report({ range: cur.range, message: `current='${current}' asks for more vCPUs online than the maximum of ${max}: libvirt refuses this domain. Raise the <vcpu> count or lower current` });
    } else if (current === 0) {
      context.report({ range: cur.range, message: `current='0' leaves the guest without any vCPU: libvirt refuses this domain` });
    }
  },
});

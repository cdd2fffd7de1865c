import type { Located } from '../src/model/domain.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'boot-order-unique',
    description: 'two devices with the same <boot order>',
    defaultSeverity: 'error',
    libvirtMessages: ["boot order '%s' used for more than one device"],
  },
  check(domain, context) {
    const seen = new Map<number, Located>();
    for (let i = 0, list = domain.deviceBoots; i < list.length; i++) {
      const { order } = list[i]!;
      const n = parseDecimal(order.value);
      if (n === undefined) continue;
      const first = seen.get(n);
      if (!first) {
        seen.set(n, order);
        continue;
      }
      context.report({ range: order.range, message: `boot order ${n} is already given to the device on line ${first.range.start.line}: libvirt refuses this domain. Number the boot devices 1, 2, 3, … without repeats` });
    }
  },
});

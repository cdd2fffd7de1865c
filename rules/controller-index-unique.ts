import type { Located } from '../src/model/domain.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'controller-index-unique',
    description: 'two controllers of the same type with the same index (USB companion controllers excepted)',
    defaultSeverity: 'error',
    libvirtMessages: ["Multiple '%s' controllers with index '%d'"],
  },
  check(domain, context) {
    const seen = new Map<string, Located>();
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const type = c.type?.value;
      const index = parseDecimal(c.index?.value);
      // USB 2 EHCI controllers share their index with their UHCI companions by design.
      if (!type || type === 'usb' || index === undefined || !c.index) continue;
      const key = `${type}:${index}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c.index);
        continue;
      }
      context.report({ range: c.index.range, message: `a '${type}' controller with index ${index} already exists on line ${first.range.start.line}: libvirt refuses this domain. Use another index` });
    }
  },
});

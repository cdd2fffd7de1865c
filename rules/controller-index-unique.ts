import type { Located } from '../src/model/domain.js';
import { isUsbCompanion } from '../src/model/controllers.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'controller-index-unique',
    description: 'two controllers of the same type with the same index (USB: two that are not ICH9 UHCI companions)',
    defaultSeverity: 'error',
    libvirtMessages: ["Multiple '%s' controllers with index '%d'", 'Duplicate USB controllers with index %u'],
  },
  check(domain, context) {
    const seen = new Map<string, Located>();
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const type = c.type?.value;
      const index = parseDecimal(c.index?.value);
      if (!type || index === undefined || !c.index) continue;
      // A USB bus may have one host controller: its ICH9 UHCI companions (the USB 1 side of an
      // ICH9 EHCI) share its index by design; 'none' is usb-disabled's business.
      if (type === 'usb' && (isUsbCompanion(c) || c.model?.value === 'none')) continue;
      const key = `${type}:${index}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c.index);
        continue;
      }
      const usb = type === 'usb' ? ' (only ICH9 UHCI companions may share a USB host controller\'s index)' : '';
      context.report({ range: c.index.range, message: `a '${type}' controller with index ${index} already exists on line ${first.range.start.line}${usb}: libvirt refuses this domain. Use another index` });
    }
  },
});

import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';
import { attr, child } from '../src/xml/tree.js';

export default defineRule({
  meta: {
    id: 'vsock-cid-range',
    description: 'a <vsock> guest CID below 3 (0–2 are reserved)',
    defaultSeverity: 'error',
    libvirtMessages: ['guest CIDs must be >= 3'],
  },
  check(domain, context) {
    for (const d of domain.otherDevices) {
      if (d.kind !== 'vsock') continue;
      const cid = attr(child(d.element, 'cid'), 'address');
      const n = parseDecimal(cid?.value);
      if (!cid || n === undefined || n >= 3) continue;
      context.report({ range: cid.valueRange, message: `CID ${n} is reserved (0 hypervisor, 1 loopback, 2 host); guests get 3 or more: libvirt refuses this domain. Use auto='yes' or a CID ≥ 3` });
    }
  },
});

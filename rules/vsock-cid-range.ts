import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vsock-cid-range',
    description: 'a <vsock> guest CID below 3 (0–2 are reserved)',
    defaultSeverity: 'error',
    libvirtMessages: ['guest CIDs must be >= 3'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.vsocks; i < list.length; i++) {
      const d = list[i]!;
      const cid = d.cid;
      const n = parseDecimal(cid?.value);
      if (!cid || n === undefined || n >= 3) continue;
      context.report({ range: cid.range, message: `CID ${n} is reserved (0 hypervisor, 1 loopback, 2 host); guests get 3 or more: libvirt refuses this domain. Use auto='yes' or a CID ≥ 3` });
    }
  },
});

import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-nvme-namespace',
    description: "an NVMe <disk> whose source names namespace 0",
    defaultSeverity: 'error',
    libvirtMessages: ["NVMe namespace can't be zero"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const d = list[i]!;
      const ns = d.type?.value === 'nvme' ? d.source?.namespace : undefined;
      if (ns && /^\s*0+\s*$/.test(ns.value)) {
        context.report({ range: ns.range, message: `NVMe namespaces are numbered from 1, so namespace 0 names none: libvirt refuses this domain. Use namespace='1' for a controller's first namespace` });
      }
    }
  },
});

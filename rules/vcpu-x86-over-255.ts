import { isQ35, isQemuDomain, isX86 } from '../src/model/machine.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** x86 guests address at most 255 vCPUs by the xAPIC's 8-bit ids; more need x2APIC ids, routed by the IOMMU's extended interrupt mode. */
const MAX_WITHOUT_EIM = 255;

export default defineRule({
  meta: {
    id: 'vcpu-x86-over-255',
    description: 'more than 255 vCPUs on x86: only q35 machines take them, and only with <iommu><driver eim="on"/>',
    defaultSeverity: 'error',
    libvirtMessages: ['more than %d vCPUs are only supported on q35-based machine types', 'more than %d vCPUs require extended interrupt mode enabled on the iommu device'],
  },
  check(domain, context) {
    const text = domain.vcpu?.max;
    const count = parseDecimal(text?.value);
    if (!text || count === undefined || count <= MAX_WITHOUT_EIM || !isQemuDomain(domain) || !isX86(domain)) return;
    if (!isQ35(domain)) {
      context.report({ range: text.range, message: `${count} vCPUs on an x86 machine other than q35: more than ${MAX_WITHOUT_EIM} vCPUs need a q35 machine type (and an IOMMU with eim='on'). libvirt refuses this domain` });
      return;
    }
    if (domain.devices.iommus.some((i) => i.eim?.value === 'on')) return;
    context.report({
      range: text.range,
      message: `${count} vCPUs need extended interrupt mode: more than ${MAX_WITHOUT_EIM} vCPUs on x86 require <iommu model='intel'><driver intremap='on' eim='on'/></iommu> (with <ioapic driver='qemu'/>). libvirt refuses this domain`,
    });
  },
});

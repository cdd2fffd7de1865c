import { usableCapabilities } from '../src/caps/rule-support.js';
import { defineRule } from '../src/rule.js';

const ID = 'emulator-supports-arch-and-type';

/** Domain types libvirt's QEMU driver runs with a QEMU binary; others belong to other drivers. */
const QEMU_DOMAIN_TYPES = new Set(['qemu', 'kvm', 'hvf']);

export default defineRule({
  meta: {
    id: ID,
    description: "The emulator cannot run the domain's guest architecture or domain type (kvm, qemu, hvf)",
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: ["Emulator '%s' does not support arch '%s'", "Emulator '%s' does not support virt type '%s'"],
  },
  check(domain, context) {
    const arch = domain.os?.arch;
    const type = domain.type;
    const checkType = type !== undefined && QEMU_DOMAIN_TYPES.has(type.value);
    if (!arch?.value && !checkType) return;
    const caps = usableCapabilities(context, ID);
    if (!caps) return;
    if (arch?.value) {
      const ok = caps.supportsArch(arch.value);
      if (ok === undefined) context.note(`${ID}: ${caps.source} does not say which architectures it runs; arch '${arch.value}' not checked`);
      else if (!ok) {
        const arches = caps.profile.arches ?? [];
        context.report({
          range: arch.range,
          message: `The emulator does not run guest architecture '${arch.value}' (${caps.source})${arches.length > 0 ? `; it runs ${arches.join(', ')}` : ''}`,
        });
      }
    }
    if (type && checkType) {
      const ok = caps.supportsDomainType(type.value);
      if (ok === undefined) context.note(`${ID}: ${caps.source} does not say which domain types it supports; type '${type.value}' not checked`);
      else if (!ok) {
        const types = caps.profile.domainTypes ?? [];
        context.report({
          range: type.range,
          message: `The emulator does not support domain type '${type.value}' (${caps.source})${types.length > 0 ? `; it supports ${types.join(', ')}` : ''}`,
        });
      }
    }
  },
});

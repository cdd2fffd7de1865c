import { archOf, isArm, isQemuDomain, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'panic-model-arch',
    description: "a <panic> model that belongs to another architecture (s390 off s390x, pseries off ppc64, hyperv off x86, and isa — also the default of a panic without a model — on ARM, RISC-V and s390 QEMU guests)",
    defaultSeverity: 'error',
    libvirtMessages: ["only S390 guests support panic device of model 's390'", "only pSeries guests support panic device of model 'pseries'", "only i686 and x86_64 guests support panic device of model 'hyperv'", 'the QEMU binary does not support the ISA panic device'],
  },
  check(domain, context) {
    const arch = archOf(domain);
    // QEMU builds the ISA pvpanic device only for x86: libvirt 9.0 refuses 'isa', the model it also gives
    // a panic written without one (but on s390x and pSeries), for ARM, RISC-V and s390 guests.
    const noIsa = isQemuDomain(domain) && (isArm(domain) || arch.startsWith('riscv') || arch.startsWith('s390'));
    for (let i = 0, list = domain.devices.panics; i < list.length; i++) {
      const d = list[i]!;
      const model = d.model;
      if (noIsa && (model?.value === 'isa' || (!model && !arch.startsWith('s390')))) {
        context.report({
          range: model?.range ?? d.nameRange,
          message: `${model ? "panic model 'isa'" : "a <panic> without a model is 'isa', which"} needs QEMU's ISA pvpanic device, and ${arch} QEMU has none: libvirt refuses this domain. ${arch.startsWith('s390') ? "Use model='s390' (or no model)" : 'Remove the <panic> (QEMU 7.2 has no panic device libvirt 9.0 can give this guest)'}`,
        });
        continue;
      }
      if (!model) continue;
      const wrong =
        (model.value === 's390' && !arch.startsWith('s390')) ||
        (model.value === 'pseries' && !arch.startsWith('ppc64')) ||
        (model.value === 'hyperv' && !isX86(domain));
      if (!wrong) continue;
      context.report({ range: model.range, message: `panic model '${model.value}' does not exist for ${arch} guests: libvirt refuses this domain. On x86 use 'isa' (or 'hyperv' for Windows), on s390x 's390', on pSeries 'pseries'` });
    }
  },
});

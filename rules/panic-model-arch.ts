import { archOf, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'panic-model-arch',
    description: "a <panic> model that belongs to another architecture (s390 off s390x, pseries off ppc64, hyperv off x86)",
    defaultSeverity: 'error',
    libvirtMessages: ["only S390 guests support panic device of model 's390'", "only pSeries guests support panic device of model 'pseries'", "only i686 and x86_64 guests support panic device of model 'hyperv'"],
  },
  check(domain, context) {
    const arch = archOf(domain);
    for (let i = 0, list = domain.devices.panics; i < list.length; i++) {
      const d = list[i]!;
      const model = d.model;
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

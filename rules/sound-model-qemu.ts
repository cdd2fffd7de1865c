import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** Intel HD Audio controllers: the only sound cards with codecs. */
const HDA_MODELS = new Set(['ich6', 'ich7', 'ich9']);

export default defineRule({
  meta: {
    id: 'sound-model-qemu',
    description: "<sound model='ich7'>, which QEMU domains cannot have, and <codec> on sound cards that are not Intel HDA (ignored)",
    defaultSeverity: 'error',
    libvirtMessages: ["sound card model '%s' is not supported by qemu", 'Cannot automatically add a new PCI bus for a device with connect flags %x'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    for (let i = 0, list = domain.devices.sounds; i < list.length; i++) {
      const s = list[i]!;
      const model = s.model?.value;
      if (model === 'ich7' && s.model) {
        context.report({ range: s.model.range, message: `sound model 'ich7' has no QEMU device: libvirt refuses this domain. Use 'ich9' (q35) or 'ich6' (i440fx) for Intel HD Audio` });
      } else if (model && !HDA_MODELS.has(model)) {
        for (let j = 0, inner = s.codecs; j < inner.length; j++) {
          const codec = inner[j]!;
          context.report({
            severity: 'warning',
            range: codec.nameRange,
            message: `<codec> only applies to Intel HD Audio cards (ich6, ich9); libvirt silently ignores it on a '${model}' card. Remove it, or use model='ich9' or 'ich6'`,
          });
        }
      }
    }
  },
});

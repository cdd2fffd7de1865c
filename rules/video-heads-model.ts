import { defineRule } from '../src/rule.js';
import { conflictingNone, SECONDARY_OK } from './video-primary.js';

export default defineRule({
  meta: {
    id: 'video-heads-model',
    description: 'several heads on a single-head video model (only qxl and virtio have several)',
    defaultSeverity: 'error',
    libvirtMessages: ["video type '%s' doesn't support multiple 'heads'"],
  },
  check(domain, context) {
    if (conflictingNone(domain)) return;
    for (let i = 0, list = domain.devices.videos; i < list.length; i++) {
      const v = list[i]!;
      const type = v.model?.type;
      const heads = v.model?.heads;
      if (type && heads && heads.value !== '1' && /^[0-9]+$/.test(heads.value) && !SECONDARY_OK.has(type.value)) {
        context.report({ range: heads.range, message: `a '${type.value}' video device has a single head; only qxl and virtio support several: libvirt refuses this domain. Use heads='1'` });
      }
    }
  },
});

import { defineRule } from '../src/rule.js';
import { conflictingNone } from './video-primary.js';

export default defineRule({
  meta: {
    id: 'video-none-alone',
    description: "video model 'none' next to other videos",
    defaultSeverity: 'error',
    libvirtMessages: ["a 'none' video type must be the only video device defined for the domain"],
  },
  check(domain, context) {
    const none = conflictingNone(domain);
    if (none) {
      context.report({ range: none.model!.type!.range, message: `model 'none' means "no video device", so it must be the only <video>; this domain has ${domain.devices.videos.length}: libvirt refuses this domain` });
    }
  },
});

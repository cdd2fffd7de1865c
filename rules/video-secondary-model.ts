import { defineRule } from '../src/rule.js';
import { conflictingNone, primaryVideo, SECONDARY_OK } from './video-primary.js';

export default defineRule({
  meta: {
    id: 'video-secondary-model',
    description: 'a secondary video of a model that only works as the primary one (only qxl and virtio can be secondary)',
    defaultSeverity: 'error',
    libvirtMessages: ["video type '%s' is only valid as primary video device"],
  },
  check(domain, context) {
    if (conflictingNone(domain)) return;
    const videos = domain.devices.videos;
    const primary = primaryVideo(videos);
    for (let i = 0, list = videos; i < list.length; i++) {
      const v = list[i]!;
      const type = v.model?.type;
      if (type && v !== primary && !SECONDARY_OK.has(type.value)) {
        context.report({ range: type.range, message: `a '${type.value}' video device can only be the primary one; only qxl and virtio can be added as secondary displays: libvirt refuses this domain` });
      }
    }
  },
});

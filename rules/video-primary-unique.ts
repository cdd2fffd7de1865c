import { defineRule } from '../src/rule.js';
import { conflictingNone, primaryVideo } from './video-primary.js';

export default defineRule({
  meta: {
    id: 'video-primary-unique',
    description: "several videos marked primary='yes'",
    defaultSeverity: 'error',
    libvirtMessages: ['Only one primary video device is supported'],
  },
  check(domain, context) {
    if (conflictingNone(domain)) return;
    const videos = domain.devices.videos;
    const primary = primaryVideo(videos);
    for (let i = 0, list = videos; i < list.length; i++) {
      const v = list[i]!;
      const p = v.model?.primary;
      if (p?.value === 'yes' && v !== primary) {
        context.report({ range: p.attributeRange, message: `only one video device can be primary; the one on line ${primary!.range.start.line} already is: libvirt refuses this domain` });
      }
    }
  },
});

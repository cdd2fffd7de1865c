import type { Video } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

/** Models QEMU can also create as secondary display devices. */
const SECONDARY_OK = new Set(['qxl', 'virtio']);

export default defineRule({
  meta: {
    id: 'video-count-rules',
    description: "model 'none' next to other videos, several primary videos, secondary videos that only work as primary, several heads on single-head models",
    defaultSeverity: 'error',
    libvirtMessages: [
      "a 'none' video type must be the only video device defined for the domain",
      'Only one primary video device is supported',
      "video type '%s' is only valid as primary video device",
      "video type '%s' doesn't support multiple 'heads'",
    ],
  },
  check(domain, context) {
    const videos = domain.devices.videos;
    const none = videos.find((v) => v.model?.type?.value === 'none');
    if (none && videos.length > 1) {
      context.report({ range: none.model!.type!.range, message: `model 'none' means "no video device", so it must be the only <video>; this domain has ${videos.length}: libvirt refuses this domain` });
      return;
    }
    // The primary is the one marked primary='yes', else the first.
    let primary: Video | undefined;
    for (const v of videos) {
      const p = v.model?.primary;
      if (p?.value !== 'yes') continue;
      if (primary) context.report({ range: p.attributeRange, message: `only one video device can be primary; the one on line ${primary.range.start.line} already is: libvirt refuses this domain` });
      else primary = v;
    }
    primary ??= videos[0];
    for (const v of videos) {
      const type = v.model?.type;
      if (!type) continue;
      if (v !== primary && !SECONDARY_OK.has(type.value)) {
        context.report({ range: type.range, message: `a '${type.value}' video device can only be the primary one; only qxl and virtio can be added as secondary displays: libvirt refuses this domain` });
      }
      const heads = v.model?.heads;
      if (heads && heads.value !== '1' && /^[0-9]+$/.test(heads.value) && !SECONDARY_OK.has(type.value)) {
        context.report({ range: heads.range, message: `a '${type.value}' video device has a single head; only qxl and virtio support several: libvirt refuses this domain. Use heads='1'` });
      }
    }
  },
});

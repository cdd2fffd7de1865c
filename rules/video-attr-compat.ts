import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'video-attr-compat',
    description: 'video memory attributes on models without them (ram/vram64/vgamem off qxl), vram below 1 MiB, 3D acceleration off virtio',
    defaultSeverity: 'error',
    libvirtMessages: [
      'ram attribute only supported for video type qxl',
      'vram64 attribute only supported for video type qxl',
      'vgamem attribute only supported for video type qxl',
      "value for 'vram' must be at least 1 MiB (1024 KiB)",
      "3d acceleration is supported only with 'virtio' video device",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.videos; i < list.length; i++) {
      const v = list[i]!;
      const model = v.model;
      const type = v.model?.type?.value;
      if (!model || !type) continue;
      if (type !== 'qxl') {
        for (const name of ['ram', 'vram64', 'vgamem'] as const) {
          const a = model[name];
          if (a) context.report({ range: a.attributeRange, message: `${name} sizes a qxl memory bar; a '${type}' device has none: libvirt refuses this domain. Remove ${name}` });
        }
      }
      const vram = model.vram;
      const kib = parseDecimal(vram?.value);
      if (vram && kib !== undefined && kib < 1024 && (type === 'vga' || type === 'vmvga' || type === 'qxl')) {
        context.report({ range: vram.range, message: `vram='${kib}' is below 1 MiB (the value is in KiB): libvirt refuses this domain. Use at least 1024, e.g. 16384` });
      }
      const accel3d = model.accel3d;
      if (accel3d?.value === 'yes' && type !== 'virtio') {
        context.report({ range: accel3d.attributeRange, message: `3D acceleration (virgl) is only available on virtio video, not '${type}': libvirt refuses this domain. Use <model type='virtio'> or remove accel3d` });
      }
    }
  },
});

import { parseDecimal } from '../src/model/numbers.js';
import type { VideoModel } from '../src/model/devices/video.js';
import { defineRule, type RuleContext } from '../src/rule.js';

/** Models whose QEMU device takes a preferred resolution (libvirt 9.0's list). */
const WITH_RESOLUTION = new Set(['vga', 'qxl', 'virtio', 'bochs']);

function checkResolution(model: VideoModel, type: string, context: RuleContext): void {
  const res = model.resolution;
  if (!res) return;
  // libvirt checks for a zero first, whatever the model.
  const zero = [res.x, res.y].find((a) => a && parseDecimal(a.value) === 0);
  if (zero) context.report({ range: zero.range, message: 'a resolution of 0 pixels: libvirt refuses this domain. Give both x and y, greater than 0' });
  else if (!WITH_RESOLUTION.has(type)) context.report({ range: res.range, message: `a '${type}' video device takes no resolution (only vga, qxl, virtio and bochs do): libvirt refuses this domain. Remove <resolution>` });
}

export default defineRule({
  meta: {
    id: 'video-attr-compat',
    description: 'video memory attributes on models without them (ram/vram64/vgamem off qxl), vram or vgamem below 1 MiB, vgamem not a power of two, 3D acceleration off virtio, 2D acceleration, a resolution the model cannot take, an address on ramfb',
    defaultSeverity: 'error',
    libvirtMessages: [
      'ram attribute only supported for video type qxl',
      'vram64 attribute only supported for video type qxl',
      'vgamem attribute only supported for video type qxl',
      "value for 'vram' must be at least 1 MiB (1024 KiB)",
      "3d acceleration is supported only with 'virtio' video device",
      "value for 'vgamem' must be at least 1 MiB (1024 KiB)",
      "value for 'vgamem' must be power of two",
      'qemu does not support the accel2d setting',
      'model resolution is not supported',
      'video resolution values must be greater than 0',
      'address not supported for video type ramfb',
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
      const vgamem = model.vgamem;
      const vgamemKib = parseDecimal(vgamem?.value);
      if (vgamem && type === 'qxl' && vgamemKib !== undefined) {
        if (vgamemKib < 1024) context.report({ range: vgamem.range, message: `vgamem='${vgamemKib}' is below 1 MiB (the value is in KiB): libvirt refuses this domain. Use at least 1024, e.g. 16384` });
        else if (!Number.isInteger(Math.log2(vgamemKib))) context.report({ range: vgamem.range, message: `vgamem='${vgamemKib}' is not a power of two: libvirt refuses this domain. Use e.g. 16384` });
      }
      checkResolution(model, type, context);
      if (model.accel2d?.value === 'yes') {
        context.report({ range: model.accel2d.attributeRange, message: "QEMU has no 2D acceleration setting: libvirt refuses accel2d='yes'. Remove accel2d" });
      }
      if (type === 'ramfb' && v.address) {
        context.report({ range: v.address.range, message: 'a ramfb display is not a bus device and takes no <address>: libvirt refuses this domain. Remove the <address>' });
      }
      const accel3d = model.accel3d;
      if (accel3d?.value === 'yes' && type !== 'virtio') {
        context.report({ range: accel3d.attributeRange, message: `3D acceleration (virgl) is only available on virtio video, not '${type}': libvirt refuses this domain. Use <model type='virtio'> or remove accel3d` });
      }
    }
  },
});

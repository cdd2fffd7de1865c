import { diskName } from '../src/model/describe.js';
import type { VirtioOptions } from '../src/model/index.js';
import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule, removeAttributeFix } from '../src/rule.js';

/** The generic virtio transport options libvirt accepts on every virtio device's <driver>. */
const OPTIONS = [
  ['iommu', 'iommu'],
  ['ats', 'ats'],
  ['packed', 'packed'],
  ['page_per_vq', 'pagePerVq'],
] as const;

export default defineRule({
  meta: {
    id: 'virtio-options-require-virtio',
    description: 'virtio transport options (iommu, ats, packed, page_per_vq) on a disk, interface or video device that is not virtio',
    defaultSeverity: 'error',
    libvirtMessages: [
      'iommu driver option is only supported for virtio devices',
      'ats driver option is only supported for virtio devices',
      'packed driver option is only supported for virtio devices',
      'page_per_vq option is only supported for virtio devices',
    ],
  },
  check(domain, context) {
    const check = (driver: VirtioOptions | undefined, what: string, fixable = false): void => {
      for (const [name, key] of OPTIONS) {
        const a = driver?.[key];
        if (!a) continue;
        context.report({
          range: a.attributeRange,
          message: `${name} is a virtio transport option, but ${what}: libvirt refuses this domain. Remove ${name} or make the device virtio`,
          ...(fixable ? { fix: removeAttributeFix(context.sourceText, a) } : {}),
        });
      }
    };
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio') check(disk.driver, `${diskName(disk)} uses bus '${bus}'`);
    }
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (!isVirtioNetModel(model)) check(nic.driver, defaulted ? `this interface has no <model> (libvirt uses '${model}')` : `this interface uses model '${model}'`);
    }
    for (let i = 0, list = domain.devices.videos; i < list.length; i++) {
      const video = list[i]!;
      const model = video.model?.type?.value;
      if (model && model !== 'virtio') check(video.driver, `this video device uses model '${model}'`);
    }
  },
});

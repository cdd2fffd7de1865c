import { diskName } from '../src/model/describe.js';
import type { VirtioOptions } from '../src/model/index.js';
import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule, type RuleContext } from '../src/rule.js';

/** The generic virtio transport options libvirt accepts on every virtio device's <driver>. */
const OPTIONS: readonly { readonly name: string; readonly key: keyof VirtioOptions }[] = [
  { name: 'iommu', key: 'iommu' },
  { name: 'ats', key: 'ats' },
  { name: 'packed', key: 'packed' },
  { name: 'page_per_vq', key: 'pagePerVq' },
];

/** Whether the driver writes any of the options (the usual answer, no: then nothing else is worked out). */
const anyOption = (d: VirtioOptions | undefined): d is VirtioOptions => d !== undefined && (d.iommu ?? d.ats ?? d.packed ?? d.pagePerVq) !== undefined;

/** Reports each option the driver writes; `what` says why the device is not virtio. */
function reportOptions(context: RuleContext, driver: VirtioOptions, what: string): void {
  for (let i = 0; i < OPTIONS.length; i++) {
    const { name, key } = OPTIONS[i]!;
    const a = driver[key];
    if (a) context.report({ range: a.attributeRange, message: `${name} is a virtio transport option, but ${what}: libvirt refuses this domain. Remove ${name} or make the device virtio` });
  }
}

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
    // The message's wording is made only for a driver that writes an option.
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (!anyOption(disk.driver)) continue;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio') reportOptions(context, disk.driver, `${diskName(disk)} uses bus '${bus}'`);
    }
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (!anyOption(nic.driver)) continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (!isVirtioNetModel(model)) reportOptions(context, nic.driver, defaulted ? `this interface has no <model> (libvirt uses '${model}')` : `this interface uses model '${model}'`);
    }
    for (let i = 0, list = domain.devices.videos; i < list.length; i++) {
      const video = list[i]!;
      const model = video.model?.type?.value;
      if (model && model !== 'virtio' && anyOption(video.driver)) reportOptions(context, video.driver, `this video device uses model '${model}'`);
    }
  },
});

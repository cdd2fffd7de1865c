import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'iommu-model-settings',
    description: "<iommu> settings its model does not take: <driver> settings on model='virtio', an <address> on model='intel'",
    defaultSeverity: 'error',
    libvirtMessages: ["iommu model '%s' doesn't support additional attributes", "iommu model '%s' can't have address"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.iommus; i < list.length; i++) {
      const d = list[i]!;
      const model = d.model?.value;
      if (model === 'intel' && d.address?.type) {
        context.report({ range: d.address.type.range, message: `the Intel IOMMU is built into the q35 chipset, not a device on a bus, so it takes no <address>: libvirt refuses this domain. Remove the <address>` });
      }
      if (model === 'virtio' && d.driverSettings.length > 0) {
        // libvirt refuses any <driver> setting on it, even one turned off, before its other IOMMU checks.
        const names = d.driverSettings.map((a) => a.name).join(', ');
        context.report({ range: d.driverSettings[0]!.attributeRange, message: `the virtio IOMMU takes no <driver> settings (${names}: those are the Intel IOMMU's): libvirt refuses this domain. Remove them, or use model='intel'` });
      }
    }
  },
});

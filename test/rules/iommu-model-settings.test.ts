import rule from '../../rules/iommu-model-settings.js';
import { addDevices, edit, Q35, ruleTester } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the virtio IOMMU with an empty <driver/> and with a PCI address', code: addDevices(Q35, "<iommu model='virtio'><driver/><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></iommu>") },
    { name: 'accepts aw_bits on the Intel IOMMU', code: addDevices(Q35, "<iommu model='intel'><driver aw_bits='48' caching_mode='on'/></iommu>") },
  ],
  invalid: [
    {
      name: 'errs on <driver> settings on the virtio IOMMU, even turned off, once, at the first',
      code: addDevices(Q35, "<iommu model='virtio'><driver caching_mode='off' iotlb='on'/></iommu>"),
      errors: [{ severity: 'error', near: "<driver |caching_mode='off'", message: /takes no <driver> settings \(caching_mode, iotlb/ }],
    },
    {
      name: "errs on eim on the virtio IOMMU for the setting, not for the missing intremap (libvirt's first check)",
      code: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='virtio'><driver eim='on'/></iommu>"),
      errors: [{ severity: 'error', near: "<driver |eim='on'", message: /takes no <driver> settings \(eim:/ }],
    },
    {
      name: 'errs on an <address> on the Intel IOMMU',
      code: addDevices(Q35, "<iommu model='intel'><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></iommu>"),
      errors: [{ severity: 'error', near: "<address type='|pci'", message: /takes no <address>/ }],
    },
  ],
});

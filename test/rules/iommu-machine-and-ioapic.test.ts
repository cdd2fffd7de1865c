import rule from '../../rules/iommu-machine-and-ioapic.js';
import { addDevices, edit, Q35, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the Intel IOMMU and the SMMUv3 without <acpi/> (1)', code: edit(addDevices(Q35, "<iommu model='intel'/>"), ['<acpi/>', '']) },
    { name: 'accepts the Intel IOMMU and the SMMUv3 without <acpi/> (2)', code: otherArch('aarch64', 'virt', "<iommu model='smmuv3'/>") },
    { name: 'accepts eim with intremap', code: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>") },
    { name: 'accepts the virtio IOMMU on q35', code: addDevices(Q35, "<iommu model='virtio'/>") },
    { name: 'accepts the Intel IOMMU on q35 with a split I/O APIC', code: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on'/></iommu>") },
    { name: 'leaves <driver> settings on the virtio IOMMU to iommu-model-settings', code: addDevices(Q35, "<iommu model='virtio'><driver caching_mode='on'/></iommu>") },
    { name: 'leaves an <address> on the Intel IOMMU to iommu-model-settings', code: addDevices(Q35, "<iommu model='intel'><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></iommu>") },
  ],
  invalid: [
    {
      name: 'errs on the virtio IOMMU without <acpi/> (q35, aarch64 virt), at the model',
      code: edit(addDevices(Q35, "<iommu model='virtio'/>"), ['<acpi/>', '']),
      errors: [{ severity: 'error', near: "<iommu model='|virtio'", message: /no <acpi\/>: libvirt refuses this domain/ }],
    },
    { name: 'errs on the virtio IOMMU without <acpi/> on aarch64 virt', code: otherArch('aarch64', 'virt', "<iommu model='virtio'/>"), errors: [{ near: "<iommu model='|virtio'", message: /ACPI needs UEFI/ }] },
    {
      name: 'errs on the Intel IOMMU on i440fx',
      code: addDevices(SEED, "<iommu model='intel'/>"),
      errors: [{ severity: 'error', near: "<iommu model='|intel'" }],
    },
    {
      name: "errs on intremap without <ioapic driver='qemu'/>",
      code: addDevices(Q35, "<iommu model='intel'><driver intremap='on'/></iommu>"),
      errors: [{ severity: 'error', near: "<driver |intremap='on'" }],
    },
    {
      name: 'errs on the SMMUv3 on q35',
      code: addDevices(Q35, "<iommu model='smmuv3'/>"),
      errors: [{ severity: 'error', near: "<iommu model='|smmuv3'" }],
    },
    {
      name: 'errs on the virtio IOMMU on i440fx',
      code: addDevices(SEED, "<iommu model='virtio'/>"),
      errors: [{ severity: 'error', near: "<iommu model='|virtio'" }],
    },
    {
      name: 'errs on eim without intremap',
      code: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver eim='on'/></iommu>"),
      errors: [{ severity: 'error', near: "<driver |eim='on'" }],
    },
  ],
});

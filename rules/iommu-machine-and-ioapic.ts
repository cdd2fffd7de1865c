import { archOf, isArmVirt, isQ35, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'iommu-machine-and-ioapic',
    description: "<iommu model='intel'> off q35, model='virtio' off q35 and ARM virt or without <acpi/>, model='smmuv3' off ARM virt, interrupt remapping without <ioapic driver='qemu'/>, and eim without interrupt remapping",
    defaultSeverity: 'error',
    libvirtMessages: ["IOMMU device: '%s' is only supported with Q35 machines", "IOMMU device: '%s' is only supported with ARM Virt machines", "IOMMU device: '%s' is only supported with Q35 and ARM Virt machines", "IOMMU device: '%s' requires ACPI", "IOMMU interrupt remapping requires split I/O APIC (ioapic driver='qemu')", 'IOMMU eim requires interrupt remapping to be enabled'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.iommus; i < list.length; i++) {
      const d = list[i]!;
      const model = d.model;
      if (model?.value === 'intel' && !isQ35(domain)) {
        context.report({ range: model.range, message: `the Intel IOMMU is part of the q35 chipset; machine '${machineShown(domain)}' cannot have it: libvirt refuses this domain. Use machine='q35'` });
      } else if (model?.value === 'smmuv3' && !isArmVirt(domain)) {
        context.report({ range: model.range, message: `the SMMUv3 is ARM's IOMMU, for ARM virt machines only; this ${archOf(domain)} '${machineShown(domain)}' guest cannot have it: libvirt refuses this domain. Use model='intel' on q35` });
      } else if (model?.value === 'virtio' && !isQ35(domain) && !isArmVirt(domain)) {
        context.report({ range: model.range, message: `QEMU's virtio-iommu is only wired up on q35 and ARM virt machines, not on '${machineShown(domain)}': libvirt refuses this domain. Use machine='q35'` });
      } else if (model?.value === 'virtio' && !domain.features?.byName.has('acpi')) {
        // Asked of libvirtd 9.0: refused on q35 and on aarch64 virt without <acpi/>; the Intel IOMMU and the SMMUv3 are defined without it.
        context.report({ range: model.range, message: `the guest finds the virtio-iommu through ACPI (its VIOT table), but <features> has no <acpi/>: libvirt refuses this domain. Add <acpi/> to <features>${isArmVirt(domain) ? " (on aarch64 ACPI needs UEFI: <os firmware='efi'>)" : ''}` });
      }
      if (d.eim?.value === 'on' && d.intremap?.value !== 'on') {
        context.report({ range: d.eim.attributeRange, message: `extended interrupt mode (eim) is an extension of interrupt remapping, which this IOMMU does not turn on: libvirt refuses this domain. Add intremap='on' (with <ioapic driver='qemu'/>) or remove eim` });
      }
      const intremap = d.intremap;
      if (intremap?.value === 'on' && domain.features?.byName.get('ioapic')?.driver?.value !== 'qemu') {
        context.report({ range: intremap.attributeRange, message: `interrupt remapping needs the I/O APIC emulated in QEMU, but <features> has no <ioapic driver='qemu'/>: libvirt refuses this domain. Add it to <features>` });
      }
    }
  },
});

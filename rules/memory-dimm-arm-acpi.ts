import { archOf, isQemuDomain, machineOf } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memory-dimm-arm-acpi',
    description: "a dimm or nvdimm memory device on an ARM virt guest that cannot have QEMU's acpi-ged device, which plugs them there: armv7l, or aarch64 without <acpi/> (libvirt defines it, QEMU refuses to start it)",
    // A warning, as the README's policy for refusals that only a later step makes: libvirt defines the
    // domain and builds its command line (domxml-to-native); QEMU refuses it when it starts.
    defaultSeverity: 'warning',
    libvirtMessages: ['memory hotplug is not enabled: missing acpi-ged device'],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0 with QEMU 7.2 (virsh start, TCG): on ARM virt machines QEMU plugs dimms and
    // nvdimms through its ACPI generic event device, which it creates only for a 64-bit CPU with ACPI
    // on and firmware loaded. <acpi/> without UEFI is acpi-requires-uefi's refusal; virtio-mem needs none of it.
    if (!isQemuDomain(domain)) return;
    const arch = archOf(domain);
    if (arch !== 'aarch64' && arch !== 'armv7l') return;
    const machine = machineOf(domain);
    if (machine !== 'virt' && !machine.startsWith('virt-')) return;
    if (arch === 'aarch64' && domain.features?.byName.get('acpi')) return;
    for (let i = 0, list = domain.devices.memories; i < list.length; i++) {
      const model = list[i]!.model;
      if (model?.value !== 'dimm' && model?.value !== 'nvdimm') continue;
      const fix = arch === 'armv7l' ? 'an armv7l guest has no such device: use virtio-mem instead' : 'add <features><acpi/></features> (with UEFI firmware), or use virtio-mem';
      context.report({ range: model.range, message: `a ${model.value} on ARM '${machine}' is plugged through QEMU's acpi-ged device, which ${arch === 'armv7l' ? 'a 32-bit guest never has' : 'a guest without <acpi/> does not have'}: libvirt defines this domain, QEMU refuses to start it. ${fix[0]!.toUpperCase()}${fix.slice(1)}` });
    }
  },
});

import type { Domain } from '../src/model/index.js';
import { archOf, isQemuDomain, machineOf } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** QEMU's 32-bit ARM CPU models an aarch64 virt guest may be given (QEMU 7.2's virt default is cortex-a15). */
const CPU_32_BIT: ReadonlySet<string> = new Set(['cortex-a7', 'cortex-a8', 'cortex-a9', 'cortex-a15']);

/**
 * The 32-bit CPU an aarch64 TCG guest (domain type 'qemu') runs on, for the message: QEMU's default (no
 * <cpu> mode or model: libvirt passes no -cpu) or a 32-bit model written. Undefined for a 64-bit CPU, a mode that
 * gives one (maximum, host-*), a model not known here, and KVM (which starts the same document).
 */
function tcg32BitCpu(domain: Domain): string | undefined {
  if (domain.type?.value !== 'qemu') return undefined;
  const cpu = domain.cpu;
  const mode = cpu?.mode?.value;
  if (mode !== undefined && mode !== 'custom') return undefined;
  const model = cpu?.model?.value.trim();
  if (!model) return "cortex-a15 (QEMU's default when <cpu> names no model)";
  return CPU_32_BIT.has(model) ? model : undefined;
}

export default defineRule({
  meta: {
    id: 'memory-dimm-arm-acpi',
    description:
      "a dimm or nvdimm memory device on an ARM virt guest that cannot have QEMU's acpi-ged device, which plugs them there: armv7l, aarch64 without <acpi/>, or an aarch64 TCG guest on a 32-bit CPU (QEMU's default) (libvirt defines it, QEMU refuses to start it)",
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
    const acpi = arch === 'aarch64' && domain.features?.byName.get('acpi') !== undefined;
    // With <acpi/>, only an aarch64 TCG guest's 32-bit CPU still keeps the device away.
    const cpu32 = acpi ? tcg32BitCpu(domain) : undefined;
    if (acpi && !cpu32) return;
    for (let i = 0, list = domain.devices.memories; i < list.length; i++) {
      const model = list[i]!.model;
      if (model?.value !== 'dimm' && model?.value !== 'nvdimm') continue;
      let why: string;
      let fix: string;
      if (arch === 'armv7l') {
        why = 'a 32-bit guest never has';
        fix = 'an armv7l guest has no such device: use virtio-mem instead';
      } else if (cpu32) {
        why = `a TCG guest on the 32-bit CPU ${cpu32} does not have`;
        fix = "give the guest a 64-bit CPU (<cpu mode='maximum'/>, or a model such as cortex-a57), or use virtio-mem";
      } else {
        why = 'a guest without <acpi/> does not have';
        fix = 'add <features><acpi/></features> (with UEFI firmware), or use virtio-mem';
      }
      context.report({ range: model.range, message: `a ${model.value} on ARM '${machine}' is plugged through QEMU's acpi-ged device, which ${why}: libvirt defines this domain, QEMU refuses to start it. ${fix[0]!.toUpperCase()}${fix.slice(1)}` });
    }
  },
});

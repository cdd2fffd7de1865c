import { usableCapabilities } from '../src/caps/rule-support.js';
import type { CapabilityView } from '../src/caps/view.js';
import { defineRule } from '../src/rule.js';

const ID = 'emulator-supports-acpi-index';
/** The libvirt release whose capabilities caches are read for absent flags (a cache of 9.x lacks 'acpi-index' only when QEMU does). */
const KNOWN_LIBVIRT_MAJOR = 9;

/**
 * Whether the emulator takes an `acpi-index` device property: libvirt's own flag in its capabilities
 * cache (trusted absent only from a libvirt 9 cache), else the property list of a virtio PCI device
 * (every PCI device of a QEMU that has it has it). Undefined when the source cannot tell.
 */
function hasAcpiIndex(caps: CapabilityView): boolean | undefined {
  const profile = caps.profile;
  if (profile.origin === 'qemu-caps-cache') {
    const v = profile.libvirtVersion;
    const known = v !== undefined && Math.floor(v / 1_000_000) === KNOWN_LIBVIRT_MAJOR;
    return caps.libvirtFlag('acpi-index') ? true : known ? false : undefined;
  }
  return caps.deviceHasProperty('virtio-net-pci', 'acpi-index') ?? caps.deviceHasProperty('virtio-blk-pci', 'acpi-index');
}

export default defineRule({
  meta: {
    id: ID,
    description: "<acpi index> on a device while the emulator has no 'acpi-index' device property (QEMU before 6.0)",
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: ['ACPI index is not supported with this QEMU'],
  },
  check(domain, context) {
    let caps: CapabilityView | undefined;
    let has: boolean | undefined;
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const index = list[i]!.acpiIndex;
      // 0 and a value libvirt reads no number from are device-acpi-index's or the schema's (libvirt's parser refuses them before asking the emulator).
      if (index === undefined || index.value === undefined || index.value === 0) continue;
      if (caps === undefined) {
        caps = usableCapabilities(context, ID);
        if (!caps) return;
        has = hasAcpiIndex(caps);
        if (has === undefined) {
          context.note(`${ID}: ${caps.source} does not say whether the emulator's PCI devices take 'acpi-index'; not checked`);
          return;
        }
      }
      if (has) return;
      context.report({ range: index.range, message: `The emulator's PCI devices have no 'acpi-index' property (${caps.source}; QEMU added it in 6.0): libvirt refuses an <acpi index> with this QEMU. Remove <acpi>, or use a newer QEMU` });
    }
  },
});

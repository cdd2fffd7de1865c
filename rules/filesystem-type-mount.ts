import { defineRule } from '../src/rule.js';

/**
 * The filesystem types libvirt's schema takes besides 'mount' (domaincommon.rng, 9.0 and since):
 * the rule reports these, which only QEMU refuses. Any other value the grammar refuses (the schema
 * reports it, at the same place): 'volume', which libvirt's parser knows but its schema does not
 * take for <filesystem> in any driver, and misspellings. One cause, one report.
 */
const SCHEMA_TYPES = new Set(['file', 'block', 'bind', 'template', 'ram']);

/** Filesystem drivers of the container drivers (LXC, OpenVZ image mounts): QEMU has no device for them. */
const NO_SHARE = new Set(['loop', 'nbd', 'ploop']);

export default defineRule({
  meta: {
    id: 'filesystem-type-mount',
    description: "<filesystem> of a type other than mount in a QEMU domain, or with a driver QEMU has no share for (loop, nbd, ploop)",
    defaultSeverity: 'error',
    libvirtMessages: ['only supports mount filesystem type', 'Filesystem driver type not supported', 'Cannot automatically add a new PCI bus for a device with connect flags %x'],
  },
  check(domain, context) {
    const dt = domain.type?.value;
    if (dt !== 'qemu' && dt !== 'kvm') return;
    for (let i = 0, list = domain.devices.filesystems; i < list.length; i++) {
      const d = list[i]!;
      const type = d.type;
      if (type && type.value !== 'mount') {
        if (!SCHEMA_TYPES.has(type.value)) continue;
        context.report({ range: type.range, message: `QEMU shares host directories only (type='mount'), not '${type.value}' filesystems: libvirt refuses this domain` });
        continue;
      }
      const driver = d.driver?.type;
      if (driver && NO_SHARE.has(driver.value)) {
        // Without an address libvirt finds no bus for it; with a PCI one it names the driver.
        context.report({ range: driver.range, message: `driver '${driver.value}' belongs to the container drivers (LXC, OpenVZ), which mount an image; QEMU shares a directory through 9p (driver 'path' or 'handle') or virtiofs: libvirt refuses this domain. Use one of those or remove <driver>` });
      }
    }
  },
});

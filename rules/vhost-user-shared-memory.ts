import type { Domain } from '../src/model/index.js';
import { diskName } from '../src/model/describe.js';
import { guestMemoryIsShared } from '../src/model/memory.js';
import { defineRule } from '../src/rule.js';

const HOW = "Add <memoryBacking><access mode='shared'/></memoryBacking> (or memAccess='shared' on every NUMA cell)";

/** Whether any device has a vhost-user backend (the tests of the filters below, without making their arrays). */
function anyVhostUser(domain: Domain): boolean {
  const { disks, filesystems, interfaces } = domain.devices;
  for (let i = 0; i < disks.length; i++) if (disks[i]!.type?.value === 'vhostuser') return true;
  for (let i = 0; i < filesystems.length; i++) if (filesystems[i]!.driver?.type?.value === 'virtiofs') return true;
  for (let i = 0; i < interfaces.length; i++) if (interfaces[i]!.type?.value === 'vhostuser') return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'vhost-user-shared-memory',
    description: 'vhost-user devices (disks, virtiofs, interfaces) while guest memory is not shared',
    defaultSeverity: 'error',
    libvirtMessages: ["'vhostuser' requires shared memory", "'virtiofs' requires shared memory"],
  },
  check(domain, context) {
    // Cheap exit first: most domains have no vhost-user device at all.
    if (!anyVhostUser(domain)) return;
    const disks = domain.devices.disks.filter((d) => d.type?.value === 'vhostuser');
    const fs = domain.devices.filesystems.filter((d) => d.driver?.type?.value === 'virtiofs');
    const nics = domain.devices.interfaces.filter((n) => n.type?.value === 'vhostuser');
    if (disks.length + fs.length + nics.length === 0 || guestMemoryIsShared(domain)) return;
    for (let i = 0, list = disks; i < list.length; i++) {
      const d = list[i]!;
      context.report({ range: d.type?.range ?? d.nameRange, message: `${diskName(d)} is a vhost-user disk, whose backend must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (let i = 0, list = fs; i < list.length; i++) {
      const f = list[i]!;
      const drv = f.driver?.type;
      context.report({ range: drv?.range ?? f.nameRange, message: `virtiofs runs in a vhost-user daemon that must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (let i = 0, list = nics; i < list.length; i++) {
      const n = list[i]!;
      context.report({
        range: n.type?.range ?? n.nameRange,
        severity: 'warning',
        message: `a vhost-user interface's backend must map guest memory, but guest memory is private: libvirt 9.0 accepts this, yet the interface will not pass traffic (newer libvirt refuses it). ${HOW}`,
      });
    }
  },
});

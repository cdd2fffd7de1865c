import { diskName } from '../src/model/describe.js';
import { guestMemoryIsShared } from '../src/model/memory.js';
import { defineRule } from '../src/rule.js';
import { attr, child } from '../src/xml/tree.js';

const HOW = "Add <memoryBacking><access mode='shared'/></memoryBacking> (or memAccess='shared' on every NUMA cell)";

export default defineRule({
  meta: {
    id: 'vhost-user-shared-memory',
    description: 'vhost-user devices (disks, virtiofs, interfaces) while guest memory is not shared',
    defaultSeverity: 'error',
    libvirtMessages: ["'vhostuser' requires shared memory", "'virtiofs' requires shared memory"],
  },
  check(domain, context) {
    // Cheap exit first: most domains have no vhost-user device at all.
    const disks = domain.disks.filter((d) => d.type?.value === 'vhostuser');
    const fs = domain.otherDevices.filter((d) => d.kind === 'filesystem' && attr(child(d.element, 'driver'), 'type')?.value === 'virtiofs');
    const nics = domain.interfaces.filter((n) => n.type?.value === 'vhostuser');
    if (disks.length + fs.length + nics.length === 0 || guestMemoryIsShared(domain)) return;
    for (const d of disks) {
      context.report({ range: d.type?.range ?? d.element.nameRange, message: `${diskName(d)} is a vhost-user disk, whose backend must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (const f of fs) {
      const drv = attr(child(f.element, 'driver'), 'type');
      context.report({ range: drv?.valueRange ?? f.element.nameRange, message: `virtiofs runs in a vhost-user daemon that must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (const n of nics) {
      context.report({
        range: n.type?.range ?? n.element.nameRange,
        severity: 'warning',
        message: `a vhost-user interface's backend must map guest memory, but guest memory is private: libvirt 9.0 accepts this, yet the interface will not pass traffic (newer libvirt refuses it). ${HOW}`,
      });
    }
  },
});

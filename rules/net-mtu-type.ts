import { defineRule } from '../src/rule.js';

/** Interface types whose host side libvirt can set an MTU on (libvirt 9.0). */
const WITH_MTU = new Set(['network', 'bridge', 'ethernet', 'vhostuser']);

export default defineRule({
  meta: {
    id: 'net-mtu-type',
    description: '<mtu> on an interface type whose MTU libvirt cannot set (user, direct, hostdev, …)',
    defaultSeverity: 'error',
    libvirtMessages: ['setting MTU on interface type %s is not supported yet'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const type = nic.type?.value;
      if (!nic.mtu || !type || WITH_MTU.has(type)) continue;
      context.report({ range: nic.mtu.range, message: `libvirt cannot set an MTU on interfaces of type '${type}' (only network, bridge, ethernet, vhostuser): it refuses this domain. Remove <mtu>` });
    }
  },
});

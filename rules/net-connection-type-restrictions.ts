import { defineRule } from '../src/rule.js';

/** Types that connect to a host bridge (the only ones with coalesce and port isolation). */
const BRIDGED = new Set(['network', 'bridge']);

export default defineRule({
  meta: {
    id: 'net-connection-type-restrictions',
    description: "<coalesce>, <port isolated='yes'> and <vlan> on interface types that cannot apply them",
    defaultSeverity: 'error',
    libvirtMessages: [
      'coalesce settings on interface type %s are not supported',
      "interface %s - <port isolated='yes'/> is not supported for network interfaces with type='%s'",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const type = nic.type?.value;
      if (!type) continue;
      if (nic.coalesce && !BRIDGED.has(type)) {
        context.report({ range: nic.coalesce.nameRange, message: `<coalesce> only applies to tap devices of type 'network' or 'bridge', not '${type}': libvirt refuses this domain. Remove <coalesce>` });
      }
      const isolated = nic.port?.isolated;
      if (isolated?.value === 'yes' && !BRIDGED.has(type)) {
        context.report({ range: isolated.attributeRange, message: `port isolation is a host bridge feature; type '${type}' has no bridge port: libvirt refuses this domain. Remove <port isolated='yes'/>` });
      }
      // libvirt checks VLAN tags only when it builds the host side (at start), not when defining.
      const vlanOk = type === 'hostdev' || type === 'direct' || type === 'network' || (type === 'bridge' && nic.virtualport?.type?.value === 'openvswitch');
      if (nic.vlan && !vlanOk) {
        context.report({
          range: nic.vlan.nameRange,
          severity: 'warning',
          message: `a VLAN tag needs an Open vSwitch bridge, macvtap passthrough or an SR-IOV hostdev; type '${type}' cannot tag traffic. libvirt accepts the definition but refuses to start the domain. Remove <vlan> or change the connection`,
        });
      }
    }
  },
});

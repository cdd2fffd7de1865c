import { defineNetworkRule } from '../src/rule.js';
import type { Span } from '../src/model/located.js';

export default defineNetworkRule({
  meta: {
    id: 'network-vlan',
    description: "a <vlan> (network-wide or a port group's) in a network that cannot tag traffic: only forward modes hostdev and passthrough, and bridge with an openvswitch <virtualport>, take VLAN tags",
    defaultSeverity: 'error',
    reportsOn: ['network/vlan', 'portgroup/vlan', 'vlan/tag', 'vlan/tag@id'],
    libvirtMessages: ["<vlan> element specified for network %s, whose type doesn't support vlan configuration"],
  },
  check(network, context) {
    const mode = network.forward ? (network.forward.mode?.value ?? 'nat') : 'isolated';
    const ovs = (type: string | undefined): boolean => mode === 'bridge' && type === 'openvswitch';
    // libvirt's test (network driver, at define): which networks can put guests' traffic on a VLAN.
    const allowed = mode === 'hostdev' || mode === 'passthrough' || ovs(network.virtualport?.type?.value);
    const why = (where: string): string => `${where} in a network with ${network.forward ? `forward mode='${mode}'` : 'no <forward> (isolated)'}${mode === 'bridge' ? ' and no openvswitch <virtualport>' : ''}: libvirt tags VLANs only with forward mode 'hostdev' or 'passthrough', or 'bridge' through Open vSwitch, and refuses the network. Remove <vlan>, or change the forward mode`;
    const report = (at: Span, message: string): void => context.report({ range: at.nameRange, message });
    if (network.vlan && !allowed) report(network.vlan, why('a network-wide <vlan>'));
    for (const g of network.portgroups) {
      if (!network.vlan && !g.vlan) continue;
      const name = g.name?.value ?? '';
      if (g.virtualport) {
        // A port group with its own virtualport needs that to be Open vSwitch on a bridge.
        if (!ovs(g.virtualport.type?.value)) report(g.vlan ?? g.virtualport, `port group '${name}' has a <virtualport type='${g.virtualport.type?.value ?? ''}'> and ${g.vlan ? 'a <vlan>' : "the network's <vlan>"}: libvirt tags VLANs through a port group's own virtualport only when it is openvswitch in forward mode='bridge', and refuses the network. Remove the <vlan>, or use an openvswitch virtualport`);
      } else if (!allowed && g.vlan) report(g.vlan, why(`port group '${name}''s <vlan>`));
    }
  },
});

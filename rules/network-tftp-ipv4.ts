import { defineNetworkRule } from '../src/rule.js';
import { parseIp } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-tftp-ipv4',
    description: 'a <tftp> (dnsmasq TFTP server) under an IPv6 <ip>: libvirt serves TFTP on IPv4 only',
    defaultSeverity: 'error',
    reportsOn: ['ip/tftp', 'ip/tftp@root'],
    libvirtMessages: ["Unsupported <tftp> element in an IPv6 element in network '%s'"],
  },
  check(network, context) {
    for (const ip of network.ips) {
      // libvirt goes by the address itself (network-ip-address reports a family that disagrees).
      if (!ip.tftp || parseIp(ip.address?.value)?.family !== 6) continue;
      context.report({
        range: ip.tftp.nameRange,
        message: `<tftp> under the IPv6 address ${ip.address!.value}: libvirt's TFTP server (dnsmasq's, for PXE boot) runs on IPv4 only, and it refuses the network. Move <tftp> (and any <bootp>) under an IPv4 <ip>`,
      });
    }
  },
});

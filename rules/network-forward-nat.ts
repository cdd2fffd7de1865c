import { defineNetworkRule } from '../src/rule.js';
import { parseIp } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-forward-nat',
    description: "a <forward><nat> libvirt refuses: in a forward mode other than 'nat', an address range that is reversed or spans more than the last 16 bits, a port range whose end is below its start",
    defaultSeverity: 'error',
    reportsOn: ['forward/nat', 'nat/address', 'nat/address@start', 'nat/address@end', 'nat/port', 'nat/port@start', 'nat/port@end'],
    libvirtMessages: [
      "The <nat> element can only be used when <forward> 'mode' is 'nat' in network %s",
      'range %s - %s is reversed',
      'range %s - %s is too large (> 65535)',
      "Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network %s",
    ],
  },
  check(network, context) {
    const forward = network.forward;
    const nat = forward?.nat;
    if (!forward || !nat) return;
    const mode = forward.mode?.value ?? 'nat';
    if (mode !== 'nat') {
      context.report({ range: nat.nameRange, message: `<nat> sets the addresses and ports of NAT, and this network's forward mode is '${mode}': libvirt refuses the network. Remove <nat>, or use forward mode='nat'` });
      return;
    }
    const address = nat.addresses[0];
    const start = parseIp(address?.start?.value);
    const end = parseIp(address?.end?.value);
    if (address && start?.family === 4 && end?.family === 4) {
      const written = `${address.start!.value} - ${address.end!.value}`;
      if (start.bits >> 16n !== end.bits >> 16n) context.report({ range: address.nameRange, message: `NAT address range ${written} spans more than the last 16 bits of the address: libvirt refuses ranges of more than 65536 addresses. Narrow it` });
      else if (end.bits < start.bits) context.report({ range: address.end!.range, message: `NAT address range ${written} ends before it starts: libvirt refuses the network. Swap start and end` });
    }
    const port = nat.ports[0];
    const from = port?.start ? /^\s*\d+\s*$/.test(port.start.value) ? Number(port.start.value) : undefined : undefined;
    const to = port?.end ? /^\s*\d+\s*$/.test(port.end.value) ? Number(port.end.value) : undefined : undefined;
    if (port && from !== undefined && to !== undefined && to < from) {
      context.report({ range: port.end!.range, message: `NAT port range ${from} - ${to} ends before it starts: libvirt refuses the network. Swap start and end` });
    }
  },
});

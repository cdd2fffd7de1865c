import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-ip-placement',
    description: "<ip>/<route> on interfaces other than type='user', guest addresses type='user' cannot honour, managed='no' off type='ethernet'",
    defaultSeverity: 'error',
    libvirtMessages: [
      'Invalid attempt to set network interface guest-side IP route and/or address info, not supported by QEMU',
      'Invalid attempt to set network interface guest-side IP route, not supported by QEMU',
      'Invalid attempt to set peer IP for guest',
      'Only one IPv4 address per interface is allowed',
      'invalid prefix, must be in range of 4-27',
      "unsupported IPv6 address prefix='%u' - must be 64",
      "unmanaged target dev is not supported on interfaces of type '%s'",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const type = nic.type?.value ?? '';
      const managed = nic.target?.managed;
      if (managed?.value === 'no' && type !== 'ethernet') {
        context.report({ range: managed.attributeRange, message: `managed='no' (use an existing tap device) only works with type='ethernet', not '${type}': libvirt refuses this domain` });
      }
      if (type !== 'user') {
        // One report, at the first <ip> or else the first <route> (no spread copy of both per interface).
        const el = nic.ips[0] ?? nic.routes[0];
        if (el) {
          context.report({ range: el.nameRange, message: `<${el.tag}> sets a guest-side address or route, which QEMU can only do for type='user'; on type '${type}' libvirt 9.0 refuses this domain. Configure the address inside the guest or via the network's DHCP` });
        }
        continue;
      }
      const route = nic.routes[0];
      if (route) context.report({ range: route.nameRange, message: `type='user' networking cannot take guest routes: libvirt refuses this domain. Remove <route>` });
      let ipv4 = 0;
      for (let j = 0, inner = nic.ips; j < inner.length; j++) {
        const ip = inner[j]!;
        const peer = ip.peer;
        if (peer) context.report({ range: peer.attributeRange, message: `a peer address cannot be set for the guest of a type='user' interface: libvirt refuses this domain. Remove peer` });
        const address = ip.address?.value ?? '';
        const prefix = ip.prefix;
        const p = prefix && /^[0-9]+$/.test(prefix.value) ? Number(prefix.value) : undefined;
        if (address.includes(':')) {
          if (prefix && p !== undefined && p !== 64) context.report({ range: prefix.range, message: `the IPv6 prefix of a type='user' interface must be 64, not ${p}: libvirt refuses this domain` });
          continue;
        }
        if (++ipv4 === 2) context.report({ range: ip.nameRange, message: `a type='user' interface takes one IPv4 address; this is the second: libvirt refuses this domain` });
        if (prefix && p !== undefined && (p < 4 || p > 27)) {
          context.report({ range: prefix.range, message: `prefix ${p} is outside 4–27, the network sizes QEMU's user-mode stack supports: libvirt refuses this domain` });
        }
      }
    }
  },
});

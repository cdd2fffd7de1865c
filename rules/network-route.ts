import { defineNetworkRule } from '../src/rule.js';
import { effectivePrefix, inSubnet, parseIp, parsePrefix, prefixMask } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-route',
    description: "a static <route> libvirt refuses: an address or gateway not of its family (IPv4 unless family='ipv6'), a prefix above 32 (IPv4), an address with host bits set, metric='0', a gateway on none of the network's subnets",
    defaultSeverity: 'error',
    reportsOn: [
      'network/route',
      'network/route@address',
      'network/route@prefix',
      'network/route@netmask',
      'network/route@gateway',
      'network/route@metric',
      'network/route@family',
    ],
    libvirtMessages: [
      "%s: No family specified for non-IPv4 address '%s' in route definition",
      "%s: IPv4 family specified for non-IPv4 address '%s' in route definition",
      "%s: No family specified for non-IPv4 gateway '%s' in route definition",
      "%s: IPv4 family specified for non-IPv4 gateway '%s' in route definition",
      "%s: ipv6 family specified for non-IPv6 address '%s' in route definition",
      "%s: ipv6 specified for non-IPv6 gateway address '%s' in route definition",
      '%s: Invalid prefix %u specified in route definition, must be 0 - 32',
      "%s: Address '%s' in route definition is not a network address",
      "Invalid value for attribute 'metric' in element 'route': Zero is not permitted",
      "unreachable static route gateway '%s' specified for network '%s'",
    ],
  },
  check(network, context) {
    for (const route of network.routes) {
      const address = parseIp(route.address?.value);
      const gateway = parseIp(route.gateway?.value);
      const family = route.family?.value === 'ipv6' ? 6 : route.family === undefined || route.family.value === 'ipv4' ? 4 : undefined;
      if (family === undefined) continue; // the grammar takes ipv4 and ipv6 only
      const named = route.family ? `family='${route.family.value}'` : "no family (IPv4)";
      let sound = true;
      if (route.address && address && address.family !== family) {
        sound = false;
        context.report({ range: route.address.range, message: `an IPv${address.family} address in a route with ${named}: libvirt refuses the network. ${address.family === 6 ? "Add family='ipv6'" : "Remove family='ipv6'"}, or write an IPv${family} address` });
      }
      if (route.gateway && gateway && gateway.family !== family) {
        sound = false;
        context.report({ range: route.gateway.range, message: `an IPv${gateway.family} gateway in a route with ${named}: a route's address and gateway are of one family, and libvirt refuses the network. Write an IPv${family} gateway` });
      }
      const prefix = route.prefix ? parsePrefix(route.prefix.value) : 0;
      if (route.prefix && prefix !== undefined && family === 4 && prefix > 32) {
        sound = false;
        context.report({ range: route.prefix.range, message: `prefix ${prefix} on an IPv4 route: libvirt takes 0 to 32 and refuses the network` });
      }
      if (route.metric && /^\s*0+\s*$/.test(route.metric.value)) {
        context.report({ range: route.metric.range, message: "metric='0': libvirt takes metrics from 1 and refuses the network. Write 1 or more, or remove metric" });
      }
      if (!sound || !address || prefix === undefined) continue;
      // libvirt masks the address with the netmask (bit by bit) or the prefix (0 when neither is written).
      const netmask = route.netmask ? parseIp(route.netmask.value) : undefined;
      if (route.netmask && (!netmask || netmask.family !== 4)) continue;
      const mask = netmask ? netmask.bits : prefixMask(address.family, prefix);
      if ((address.bits & mask) !== address.bits) {
        const by = netmask ? `netmask ${route.netmask!.value}` : route.prefix ? `prefix ${prefix}` : 'no prefix or netmask (prefix 0: the default route)';
        context.report({ range: route.address!.range, message: `route address ${route.address!.value} has host bits set under ${by}: libvirt wants the network address of the routed subnet and refuses the network. Write the subnet's first address${route.prefix || netmask ? '' : ', and its prefix'}` });
        continue;
      }
      // The gateway must be on one of the network's own subnets (an <ip> of its family).
      if (!gateway) continue;
      const reachable = network.ips.some((ip) => {
        const own = parseIp(ip.address?.value);
        const p = effectivePrefix(ip);
        return own !== undefined && p !== undefined && p >= 0 && inSubnet(gateway, own, p);
      });
      if (!reachable) {
        context.report({ range: route.gateway!.range, message: `gateway ${route.gateway!.value} is on none of this network's subnets (its <ip> elements), so the host could not reach it: libvirt refuses the network. Use a gateway inside an <ip>'s subnet, or add that <ip>` });
      }
    }
  },
});

import { defineNetworkRule } from '../src/rule.js';

export default defineNetworkRule({
  meta: {
    id: 'network-forward-devices',
    description: "a forward device pool libvirt refuses: <forward dev> naming another device than the first <interface>, dev together with <pf> or <address>, an <interface> listed twice",
    defaultSeverity: 'error',
    reportsOn: ['network/forward@dev', 'forward/interface', 'forward/interface@dev', 'forward/pf', 'forward/address'],
    libvirtMessages: [
      "<forward dev='%s'> must match first <interface dev='%s'/> in network %s",
      "the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements are present in network %s",
      "interface '%s' can only be listed once in network %s",
    ],
  },
  check(network, context) {
    const forward = network.forward;
    if (!forward) return;
    const dev = forward.dev;
    if (dev && (forward.pfs.length > 0 || forward.addresses.length > 0)) {
      const other = forward.pfs.length > 0 ? 'a <pf> (whose virtual functions form the pool)' : 'PCI <address> elements (the pool)';
      context.report({ range: dev.attributeRange, message: `<forward dev> together with ${other}: libvirt takes the pool from one of them and refuses the network. Remove dev` });
      return; // libvirt stops here
    }
    const interfaces = forward.interfaces;
    const first = interfaces[0]?.dev;
    if (dev && first && first.value !== dev.value) {
      context.report({ range: dev.range, message: `<forward dev='${dev.value}'> names another device than the first <interface dev='${first.value}'/>: libvirt reads dev as the pool's first device and refuses the network. Make them the same, or remove dev` });
      return;
    }
    // Each <interface> once; `dev` stands for the first one.
    const seen = new Map<string, number>();
    for (const [i, iface] of interfaces.entries()) {
      const name = iface.dev?.value;
      if (name === undefined) continue;
      const line = seen.get(name);
      if (line !== undefined && i > 0) {
        context.report({ range: iface.dev!.range, message: `interface '${name}' is in the forward pool already (line ${line}): libvirt refuses the network. Remove one` });
      } else if (line === undefined) seen.set(name, iface.nameRange.start.line);
    }
  },
});

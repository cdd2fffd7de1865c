import { defineNetworkRule } from '../src/rule.js';

export default defineNetworkRule({
  meta: {
    id: 'network-portgroup-unique',
    description: "two <portgroup> elements with one name, or more than one with default='yes'",
    defaultSeverity: 'error',
    reportsOn: ['network/portgroup', 'network/portgroup@name', 'network/portgroup@default'],
    libvirtMessages: [
      "multiple <portgroup> elements with the same name (%s) in network '%s'",
      "network '%s' has multiple default <portgroup> elements (%s and %s), but only one default is allowed",
    ],
  },
  check(network, context) {
    const groups = network.portgroups;
    if (groups.length < 2) return;
    const lines = new Map<string, number>();
    let firstDefault: string | undefined;
    for (const g of groups) {
      const name = g.name?.value;
      if (name !== undefined) {
        const line = lines.get(name);
        if (line !== undefined) context.report({ range: g.name!.range, message: `a second <portgroup> named '${name}' (the first is on line ${line}): libvirt refuses the network. Rename or merge one` });
        else lines.set(name, g.nameRange.start.line);
      }
      if (g.default?.value === 'yes') {
        if (firstDefault !== undefined) context.report({ range: g.default.range, message: `a second default <portgroup> ('${name ?? ''}'; '${firstDefault}' is the default already): libvirt refuses the network. Keep default='yes' on one` });
        else firstDefault = name ?? '';
      }
    }
  },
});

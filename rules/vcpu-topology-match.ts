import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vcpu-topology-match',
    description: '<cpu><topology> whose sockets × dies × clusters × cores × threads differs from the <vcpu> count',
    defaultSeverity: 'error',
    libvirtMessages: ["CPU topology doesn't match maximum vcpu count"],
  },
  check(domain, context) {
    const topo = domain.cpu?.topology;
    const vcpus = parseDecimal(domain.vcpu?.max?.value);
    if (!topo || vcpus === undefined) return;
    const parts: string[] = [];
    let product = 1;
    for (const name of ['sockets', 'dies', 'clusters', 'cores', 'threads'] as const) {
      const a = topo[name];
      if (!a) continue;
      const n = parseDecimal(a.value);
      if (n === undefined) return;
      product *= n;
      parts.push(`${n} ${name}`);
    }
    if (parts.length === 0 || product === vcpus) return;
    context.report({
      range: topo.nameRange,
      message: `the topology gives ${parts.join(' × ')} = ${product} vCPUs, but <vcpu> is ${vcpus}: libvirt refuses this domain. Make the product equal the <vcpu> count`,
    });
  },
});

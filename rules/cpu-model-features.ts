import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cpu-model-features',
    description: '<cpu> with a <vendor> but no <model>, or naming one <feature> twice',
    defaultSeverity: 'error',
    libvirtMessages: ['CPU vendor specified without CPU model', "CPU feature '%s' specified more than once"],
  },
  check(domain, context) {
    const cpu = domain.cpu;
    if (!cpu) return;
    if (cpu.vendor && !cpu.model?.value) {
      context.report({ range: cpu.vendor.nameRange, message: `<vendor> narrows a CPU <model>, and this <cpu> has none: libvirt refuses this domain. Add a <model> or remove <vendor>` });
    }
    const names = cpu.featureNames;
    if (names.length < 2) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      const first = seen.get(n.value);
      if (first === undefined) seen.set(n.value, n.range.start.line);
      else context.report({ range: n.range, message: `CPU feature '${n.value}' is already set on line ${first}: libvirt refuses this domain. Keep one <feature> per name` });
    }
  },
});

import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'loader-stateless-nvram',
    description: "<loader stateless='yes'> together with an <nvram> store or template",
    defaultSeverity: 'error',
    libvirtMessages: ['NVRAM is not permitted when loader is stateless', 'NVRAM template is not permitted when loader is stateless'],
  },
  check(domain, context) {
    const stateless = domain.os?.loader?.stateless;
    const nvram = domain.os?.nvram;
    if (stateless?.value !== 'yes' || !nvram) return;
    const why = `the <loader> on line ${stateless.range.start.line} is stateless (stateless='yes'), so the firmware keeps no variable store`;
    if (nvram.template) {
      context.report({ range: nvram.template.attributeRange, message: `<nvram template>: ${why}: libvirt refuses this domain. Remove <nvram> or stateless='yes'` });
    }
    if ((nvram.path && nvram.path.value !== '') || nvram.type) {
      context.report({ range: nvram.nameRange, message: `<nvram> names a variable store, but ${why}: libvirt refuses this domain. Remove <nvram> or stateless='yes'` });
    }
  },
});

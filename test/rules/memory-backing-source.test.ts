import rule from '../../rules/memory-backing-source.js';
import { edit, ruleTester, SEED } from './helpers.js';

const backing = (xml: string): string => edit(SEED, ["<vcpu placement='static'>1</vcpu>", `<memoryBacking>${xml}</memoryBacking><vcpu placement='static'>1</vcpu>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts hugepages from a file or memfd source, and anonymous memory without hugepages (1)', code: backing("<hugepages/><source type='memfd'/>") },
    { name: 'accepts hugepages from a file or memfd source, and anonymous memory without hugepages (2)', code: backing("<source type='anonymous'/>") },
  ],
  invalid: [
    {
      name: 'errs on hugepages with an anonymous source, at the type',
      code: backing("<hugepages/><source type='anonymous'/>"),
      errors: [{ severity: 'error', near: "<source type='|anonymous'" }],
    },
  ],
});

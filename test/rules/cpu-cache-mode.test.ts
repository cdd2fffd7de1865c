import rule from '../../rules/cpu-cache-mode.js';
import { edit, Q35, ruleTester, otherArch } from './helpers.js';

const cpu = (xml: string): string => edit(Q35, ['</features>', `</features>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an aarch64 CPU without <cache>', code: otherArch('aarch64', 'virt', '', "<cpu mode='maximum'/>") },
    { name: 'accepts an emulated level 3 cache', code: cpu("<cpu><cache level='3' mode='emulate'/></cpu>") }],
  invalid: [
    {
      name: 'errs on a <cache> of any mode off x86 (aarch64, s390x), at the element (1)',
      code: otherArch('aarch64', 'virt', '', "<cpu mode='maximum'><cache level='3' mode='emulate'/></cpu>"),
      errors: [{ severity: 'error', near: '<|cache', message: /x86 CPUs only, not of this aarch64 guest/ }],
    },
    { name: 'errs on a <cache> of any mode off x86 (aarch64, s390x), at the element (2)', code: otherArch('s390x', 's390-ccw-virtio', '', "<cpu><cache mode='disable'/></cpu>"), errors: [{ near: '<|cache' }] },
    { name: 'errs on an emulated level 2 cache', code: cpu("<cpu><cache level='2' mode='emulate'/></cpu>"), errors: [{ severity: 'error', near: "level='|2'" }] },
    { name: 'errs on a passed-through cache on a custom CPU', code: cpu("<cpu mode='custom'><cache mode='passthrough'/></cpu>"), errors: [{ severity: 'error', near: "<cache mode='|passthrough'", message: /'custom'/ }] },
  ],
});

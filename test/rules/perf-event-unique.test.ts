import rule from '../../rules/perf-event-unique.js';
import { edit, Q35, ruleTester } from './helpers.js';

const perf = (inner: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <perf>${inner}</perf>`]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts distinct events', code: perf("<event name='cmt' enabled='yes'/><event name='mbmt' enabled='no'/><event name='cpu_cycles' enabled='yes'/>") }],
  invalid: [
    {
      name: 'errs on an event named twice (on and off, and twice on), at the second',
      code: perf("<event name='cmt' enabled='yes'/><event name='cpu_cycles' enabled='yes'/><event name='cmt' enabled='no'/><event name='cpu_cycles' enabled='yes'/>"),
      errors: [
        { severity: 'error', near: "<event name='|cmt' enabled='no'", message: /perf event 'cmt' is already set on line \d+/ },
        { severity: 'error', near: "<event name='cmt' enabled='no'/><event name='|cpu_cycles'", message: /'cpu_cycles'/ },
      ],
    },
  ],
});

import rule from '../../rules/cputune-sched-sets.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base (2 vCPUs) with `xml` after <vcpu>. */
const after = (xml: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts disjoint vcpusched sets', code: after("<cputune><vcpusched vcpus='0' scheduler='fifo' priority='1'/><vcpusched vcpus='1' scheduler='batch'/></cputune>") },
    { name: 'accepts iothreadsched naming an IOThread that <iothreads> creates', code: after("<iothreads>2</iothreads><cputune><iothreadsched iothreads='2' scheduler='fifo' priority='1'/></cputune>") },
  ],
  invalid: [
    {
      name: 'errs on overlapping vcpusched sets',
      code: after("<cputune><vcpusched vcpus='0-1' scheduler='fifo' priority='1'/><vcpusched vcpus='1' scheduler='batch'/></cputune>"),
      errors: [{ severity: 'error', near: "<vcpusched vcpus='|1' scheduler='batch'", message: /vCPU 1 .* line \d+/ }],
    },
    {
      name: 'errs on iothreadsched naming an IOThread the domain does not have',
      code: after("<iothreads>2</iothreads><cputune><iothreadsched iothreads='5' scheduler='fifo' priority='1'/></cputune>"),
      errors: [{ severity: 'error', near: "iothreads='|5'", message: /IOThread 5 .*IOThreads 1, 2/ }],
    },
  ],
});

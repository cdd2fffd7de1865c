import rule from '../../rules/cputune-values.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base (2 vCPUs) with `xml` after <vcpu>. */
const after = (xml: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts single ids excluded from vcpusched and iothreadsched sets', code: after("<iothreads>2</iothreads><cputune><vcpusched vcpus='0-1,^1' scheduler='fifo' priority='1'/><iothreadsched iothreads='1-2,^2' scheduler='batch'/></cputune>") },
    { name: 'accepts values at the bottom of their ranges, and an unlimited quota', code: after('<cputune><shares>2</shares><period>1000</period><quota>-1</quota></cputune>') },
    { name: 'accepts disjoint vcpusched sets', code: after("<cputune><vcpusched vcpus='0' scheduler='fifo' priority='1'/><vcpusched vcpus='1' scheduler='batch'/></cputune>") },
    { name: 'accepts iothreadsched naming an IOThread that <iothreads> creates', code: after("<iothreads>2</iothreads><cputune><iothreadsched iothreads='2' scheduler='fifo' priority='1'/></cputune>") },
  ],
  invalid: [
    {
      name: 'errs on vcpusched and iothreadsched sets excluding a range (^1-2), once per set',
      code: after("<iothreads>2</iothreads><cputune><vcpusched vcpus='0-1,^1-1' scheduler='fifo' priority='1'/><iothreadsched iothreads='1-2,^1-2' scheduler='batch'/></cputune>"),
      errors: [
        { severity: 'error', near: "vcpus='|0-1,^1-1'", message: /'\^1-1' excludes a range/ },
        { severity: 'error', near: "iothreads='|1-2,^1-2'", message: /'\^1-2' excludes a range/ },
      ],
    },
    {
      name: 'errs on a vcpusched set written high to low, and on vcpusched and iothreadsched sets that select nothing',
      code: after("<iothreads>1</iothreads><cputune><vcpusched vcpus='1-0' scheduler='fifo' priority='1'/><vcpusched vcpus='0,^0' scheduler='batch'/><iothreadsched iothreads='1,^1' scheduler='batch'/></cputune>"),
      errors: [
        { severity: 'error', near: "vcpus='|1-0'", message: /'1-0' is a range written high to low/ },
        { severity: 'error', near: "vcpus='|0,^0'", message: /selects no vCPU/ },
        { severity: 'error', near: "iothreads='|1,^1'", message: /selects no IOThread/ },
      ],
    },
    {
      name: 'errs on cputune shares and period below their ranges (1)',
      code: after('<cputune><shares>1</shares></cputune>'),
      errors: [{ severity: 'error', near: '<shares>|1<', message: /2 to 262144/ }],
    },
    {
      name: 'errs on cputune shares and period below their ranges (2)',
      code: after('<cputune><period>100</period></cputune>'),
      errors: [{ severity: 'error', near: '<period>|100<' }],
    },
    {
      name: 'errs on a quota between 0 and 1000',
      code: after('<cputune><quota>500</quota></cputune>'),
      errors: [{ severity: 'error', near: '<quota>|500<' }],
    },
    {
      name: 'errs on overlapping vcpusched sets',
      code: after("<cputune><vcpusched vcpus='0-1' scheduler='fifo' priority='1'/><vcpusched vcpus='1' scheduler='batch'/></cputune>"),
      errors: [{ severity: 'error', near: "<vcpusched vcpus='|1' scheduler='batch'", message: /vCPU 1 .* line \d+/ }],
    },
    {
      name: 'errs on vcpusched naming vCPUs past the <vcpu> count, at the set',
      code: after("<cputune><vcpusched vcpus='0-3' scheduler='fifo' priority='1'/></cputune>"),
      errors: [{ severity: 'error', near: "vcpus='|0-3'", message: /vCPU 2 does not exist.* 2 vCPU/ }],
    },
    {
      name: 'errs on iothreadsched naming an IOThread the domain does not have',
      code: after("<iothreads>2</iothreads><cputune><iothreadsched iothreads='5' scheduler='fifo' priority='1'/></cputune>"),
      errors: [{ severity: 'error', near: "iothreads='|5'", message: /IOThread 5 .*IOThreads 1, 2/ }],
    },
  ],
});

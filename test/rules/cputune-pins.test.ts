import rule from '../../rules/cputune-pins.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base (2 vCPUs) with `xml` after <vcpu>. */
const after = (xml: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts CPU id 16383, the last libvirt parses, in a range and alone', code: edit(after("<iothreads>1</iothreads><cputune><vcpupin vcpu='0' cpuset='0-16383'/><emulatorpin cpuset='16383'/><iothreadpin iothread='1' cpuset='0-16383,^1'/></cputune>"), ['<vcpu>2</vcpu>', "<vcpu cpuset='16383'>2</vcpu>"]) },
    { name: 'accepts ranges written low to high, and a single CPU', code: after("<cputune><vcpupin vcpu='0' cpuset='1-3,^2'/><vcpupin vcpu='1' cpuset='5'/></cputune>") },
    { name: 'accepts one pin per vCPU, an emulator pin and an IOThread pin', code: after("<iothreads>1</iothreads><cputune><vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='1' cpuset='1'/><emulatorpin cpuset='0-1'/><iothreadpin iothread='1' cpuset='0'/></cputune>") },
    { name: 'accepts two pins of a vCPU the domain does not have (libvirt drops them)', code: after("<cputune><vcpupin vcpu='5' cpuset='0'/><vcpupin vcpu='5' cpuset='1'/></cputune>") },
    { name: 'accepts a pin of an IOThread listed in <iothreadids>', code: after("<iothreads>1</iothreads><iothreadids><iothread id='4'/></iothreadids><cputune><iothreadpin iothread='4' cpuset='1'/></cputune>") },
  ],
  invalid: [
    {
      name: 'errs on a cpuset excluding a range (^1-2), reported once',
      code: after("<cputune><vcpupin vcpu='0' cpuset='0-3,^1-2'/></cputune>"),
      errors: [{ severity: 'error', near: "cpuset='|0-3,^1-2'", message: /'\^1-2' excludes a range.*\('\^1,\^2'\)/ }],
    },
    {
      name: 'errs on CPU ids of 16384 or more in a vcpupin, the emulatorpin, an iothreadpin (an exclusion too) and <vcpu cpuset>, once per set',
      code: edit(after("<iothreads>1</iothreads><cputune><vcpupin vcpu='0' cpuset='16384'/><emulatorpin cpuset='0-16384,99999999999'/><iothreadpin iothread='1' cpuset='0-3,^16384'/></cputune>"), ['<vcpu>2</vcpu>', "<vcpu cpuset='1,20000'>2</vcpu>"]),
      errors: [
        { severity: 'error', near: "<vcpu cpuset='|1,20000'", message: /'20000' names an id of 16384 or more.*ids 0 to 16383/ },
        { severity: 'error', near: "<vcpupin vcpu='0' cpuset='|16384'", message: /'16384' names an id of 16384 or more/ },
        { severity: 'error', near: "<emulatorpin cpuset='|0-16384", message: /'0-16384' names an id/ },
        { severity: 'error', near: "iothread='1' cpuset='|0-3,^16384'", message: /'\^16384' names an id/ },
      ],
    },
    {
      name: 'errs on ranges written high to low in a vcpupin, the emulatorpin and <vcpu cpuset>',
      code: edit(after("<cputune><vcpupin vcpu='0' cpuset='0,3-1'/><emulatorpin cpuset='^1-0,2'/></cputune>"), ['<vcpu>2</vcpu>', "<vcpu cpuset='2-1'>2</vcpu>"]),
      errors: [
        { severity: 'error', near: "<vcpu cpuset='|2-1'", message: /'2-1' is a range written high to low.*\('1-2'\)/ },
        { severity: 'error', near: "cpuset='|0,3-1'", message: /'3-1' is a range written high to low.*\('1-3'\)/ },
        { severity: 'error', near: "cpuset='|^1-0,2'", message: /'\^1-0'.*Exclude the ids one by one/ },
      ],
    },
    {
      name: 'errs on a cpuset that selects no CPU, at the cpuset (1)',
      code: after("<cputune><vcpupin vcpu='0' cpuset='0,^0'/></cputune>"),
      errors: [{ severity: 'error', near: "cpuset='|0,^0'", message: /no host CPU/ }],
    },
    {
      name: 'errs on a cpuset that selects no CPU, at the cpuset (2)',
      code: after("<cputune><emulatorpin cpuset='^1'/></cputune>"),
      errors: [{ severity: 'error', near: "cpuset='|^1'" }],
    },
    {
      name: 'errs on a cpuset that selects no CPU, at the cpuset (3)',
      code: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu cpuset='1,^1'>2</vcpu>"]),
      errors: [{ severity: 'error', near: "cpuset='|1,^1'" }],
    },
    {
      name: 'errs on a second pin of one vCPU, at its vcpu',
      code: after("<cputune><vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='1' cpuset='0'/><vcpupin vcpu='0' cpuset='1'/></cputune>"),
      errors: [{ severity: 'error', near: "<vcpupin vcpu='|0' cpuset='1'", message: /vCPU 0 .*line \d+/ }],
    },
    {
      name: 'errs on a pin of an IOThread the domain does not have',
      code: after("<iothreads>2</iothreads><cputune><iothreadpin iothread='3' cpuset='0'/></cputune>"),
      errors: [{ severity: 'error', near: "iothread='|3'", message: /IOThread 3 .*IOThreads 1, 2/ }],
    },
    {
      name: 'errs on a second pin of one IOThread',
      code: after("<iothreads>1</iothreads><cputune><iothreadpin iothread='1' cpuset='0'/><iothreadpin iothread='1' cpuset='1'/></cputune>"),
      errors: [{ severity: 'error', near: "iothread='|1' cpuset='1'", message: /IOThread 1 .*line \d+/ }],
    },
  ],
});

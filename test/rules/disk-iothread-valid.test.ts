import rule from '../../rules/disk-iothread-valid.js';
import { edit, ruleTester, SEED } from './helpers.js';

const DRV = "<driver name='qemu' type='qcow2' ioeventfd='on'/>";
const VCPU = "<vcpu placement='static'>1</vcpu>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ids 1..N from <iothreads>N</iothreads>', code: edit(SEED, [VCPU, `${VCPU}<iothreads>2</iothreads>`], [DRV, "<driver name='qemu' type='qcow2' iothread='2'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on an IOThread the domain does not define',
      code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' iothread='1'/>"]),
      errors: [{ severity: 'error', near: "iothread='|1'" }],
    },
    {
      name: 'errs when <iothreadids> lists other ids than the one used',
      code: edit(SEED, [VCPU, `${VCPU}<iothreads>1</iothreads><iothreadids><iothread id='5'/></iothreadids>`], [DRV, "<driver name='qemu' type='qcow2' iothread='1'/>"]),
      errors: [{ severity: 'error', near: "iothread='|1'" }],
    },
    {
      name: 'errs on an IOThread for an IDE disk',
      code: edit(SEED, [VCPU, `${VCPU}<iothreads>1</iothreads>`], ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' iothread='1'/>"]),
      errors: [{ severity: 'error', near: "type='raw' iothread='|1'" }],
    },
  ],
});

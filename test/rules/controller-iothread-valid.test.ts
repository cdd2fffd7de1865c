import rule from '../../rules/controller-iothread-valid.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const withIothreads = (n: number): string => edit(SEED, ["<vcpu placement='static'>1</vcpu>", `<vcpu placement='static'>1</vcpu><iothreads>${n}</iothreads>`]);
const scsi = (model: string, iothread: number): string => `<controller type='scsi' index='0' model='${model}'><driver iothread='${iothread}'/></controller>`;

ruleTester.run(rule, {
  valid: [{ name: 'accepts a virtio-scsi controller on an existing IOThread', code: addDevices(withIothreads(2), scsi('virtio-scsi', 2)) }],
  invalid: [
    {
      name: 'errs on an IOThread the domain does not define (1)',
      code: addDevices(withIothreads(1), scsi('virtio-scsi', 2)),
      errors: [{ severity: 'error', near: "iothread='|2'", message: /IOThread ids: 1/ }],
    },
    {
      name: 'errs on an IOThread the domain does not define (2)',
      code: addDevices(SEED, scsi('virtio-non-transitional', 1)),
      errors: [{ severity: 'error', near: "iothread='|1'", message: /no IOThreads/ }],
    },
  ],
});

import rule from '../../rules/controller-virtio-scsi-only-attrs.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts them on virtio-scsi', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>1</vcpu><iothreads>1</iothreads>"]), "<controller type='scsi' index='0' model='virtio-scsi'><driver queues='2' iothread='1' cmd_per_lun='8'/></controller>") },
  ],
  invalid: [
    {
      name: 'errs on queues for a virtio-serial controller and iothread for lsilogic',
      code: addDevices(
      edit(SEED, ["<controller type='virtio-serial' index='0'>", "<controller type='virtio-serial' index='0'><driver queues='2'/>"]),
      "<controller type='scsi' index='0' model='lsilogic'><driver iothread='1'/></controller>",
    ),
      errors: [{ severity: 'error', near: "<driver |queues='2'/>" }, { severity: 'error', near: "<driver |iothread='1'/>" }],
    },
  ],
});

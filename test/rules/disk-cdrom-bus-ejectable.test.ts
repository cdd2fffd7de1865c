import rule from '../../rules/disk-cdrom-bus-ejectable.js';
import { edit, Q35, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts IDE, SATA and SCSI cdroms (1)', code: SEED },
    { name: 'accepts IDE, SATA and SCSI cdroms (2)', code: Q35 },
  ],
  invalid: [
    {
      name: 'errs on a virtio cdrom',
      code: edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='vdc' bus='virtio'/>"], [IDE1, '']),
      errors: [{ severity: 'error', near: "<target dev='vdc' bus='|virtio'/>" }],
    },
    {
      name: 'errs on an sd cdrom',
      code: edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='sd'/>"], [IDE1, '']),
      errors: [{ severity: 'error', near: "bus='|sd'" }],
    },
  ],
});

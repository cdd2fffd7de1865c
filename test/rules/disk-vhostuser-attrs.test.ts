import rule from '../../rules/disk-vhostuser-attrs.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>"] as const;
const vu = (driver: string, bus: string, extra: string): string =>
  `<disk type='vhostuser' device='disk'><driver name='qemu' type='raw'${driver}/><source type='unix' path='/tmp/vhost-blk.sock'/><target dev='vdb' bus='${bus}'/>${extra}</disk>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a plain vhost-user disk', code: addDevices(edit(SEED, SHARED), vu('', 'virtio', '')) },
  ],
  invalid: [
    {
      name: 'errs on a vhost-user disk on SCSI',
      code: addDevices(edit(SEED, SHARED), vu('', 'scsi', '')),
      errors: [{ severity: 'error', near: "<target dev='vdb' bus='|scsi'" }],
    },
    {
      name: 'errs on cache, ioeventfd, <readonly/> and <serial>',
      code: addDevices(edit(SEED, SHARED), vu(" cache='none' ioeventfd='on'", 'virtio', '<readonly/><serial>abc</serial>')),
      errors: [{ severity: 'error', near: "|cache='none'" }, { severity: 'error', near: "|ioeventfd='on'/><source type='unix'" }, { severity: 'error', near: '<|readonly/><serial>' }, { severity: 'error', near: '<serial>|abc' }],
    },
  ],
});

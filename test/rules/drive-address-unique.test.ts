import rule from '../../rules/drive-address-unique.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'treats different buses as separate address spaces and different units as distinct', code: addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/>${IDE1}</disk>
<disk type='file' device='cdrom'><source file='/b.iso'/><target dev='hdd' bus='ide'/><readonly/><address type='drive' controller='0' bus='1' target='0' unit='1'/></disk>`) },
  ],
  invalid: [
    {
      name: 'errs on a second IDE disk at the same drive address',
      code: addDevices(SEED, `    <disk type='file' device='cdrom'>
      <source file='/x.iso'/>
      <target dev='hdd' bus='ide'/>
      <readonly/>
      ${IDE1}
    </disk>`),
      errors: [{ severity: 'error', near: IDE1.replace('<', '<|'), nth: 2 }],
    },
    {
      name: 'errs on a SCSI host device at a SCSI disk address',
      code: addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='3'/></disk>
<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>`),
      errors: [{ severity: 'error', near: "<|address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>" }],
    },
  ],
});

import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'drive-address-unique';
const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

describe(ID, () => {
  it('errs on a second IDE disk at the same drive address', async () => {
    const doc = addDevices(SEED, `    <disk type='file' device='cdrom'>
      <source file='/x.iso'/>
      <target dev='hdd' bus='ide'/>
      <readonly/>
      ${IDE1}
    </disk>`);
    await expectFindings(doc, ID, [error(pos(doc, IDE1.replace('<', '<|'), 2))]);
  });
  it('treats different buses as separate address spaces and different units as distinct', async () => {
    const doc = addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/>${IDE1}</disk>
<disk type='file' device='cdrom'><source file='/b.iso'/><target dev='hdd' bus='ide'/><readonly/><address type='drive' controller='0' bus='1' target='0' unit='1'/></disk>`);
    await expectClean(doc, ID);
  });
  it('errs on a SCSI host device at a SCSI disk address', async () => {
    const doc = addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='3'/></disk>
<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>`);
    await expectFindings(doc, ID, [error(pos(doc, "<|address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>"))]);
  });
});

import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'drive-address-bus-limits';
const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";
const scsiDisk = (model: string, addr: string): string =>
  `<controller type='scsi' index='0' model='${model}'/><disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' ${addr}/></disk>`;

describe(ID, () => {
  it('errs on IDE controller 1 and IDE target 1', async () => {
    const doc = edit(SEED, [IDE1, "<address type='drive' controller='1' bus='1' target='1' unit='0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "controller='|1' bus='1'")), error(pos(doc, "target='|1' unit"))]);
  });
  it('errs on SCSI bus 1 and lsilogic target 1', async () => {
    const doc = addDevices(SEED, scsiDisk('lsilogic', "controller='0' bus='1' target='1' unit='0'"));
    await expectFindings(doc, ID, [error(pos(doc, "bus='|1' target='1'")), error(pos(doc, "target='|1' unit='0'/></disk>"))]);
  });
  it('errs on SATA bus 1 (q35)', async () => {
    const doc = edit(Q35, ['<target dev="sda" bus="sata"/>', '<target dev="sda" bus="sata"/><address type="drive" controller="0" bus="1" target="0" unit="0"/>']);
    await expectFindings(doc, ID, [error(pos(doc, 'controller="0" bus="|1"'))]);
  });
  it('accepts virtio-scsi targets and ordinary IDE/SATA addresses', async () => {
    await expectClean(addDevices(SEED, scsiDisk('virtio-scsi', "controller='0' bus='0' target='3' unit='0'")), ID);
    await expectClean(SEED, ID);
  });
});

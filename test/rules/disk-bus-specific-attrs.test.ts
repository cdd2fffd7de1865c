import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-bus-specific-attrs';
const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

describe(ID, () => {
  it('errs on <wwn> on virtio and <vendor> on IDE', async () => {
    const doc = edit(
      SEED,
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><wwn>5000c50015ea71ac</wwn>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><vendor>ABC</vendor>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, '<wwn>|5000')), error(pos(doc, '<vendor>|ABC'))]);
  });
  it('errs on geometry on USB, trans off IDE, serial on sd', async () => {
    const doc = edit(
      SEED,
      ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='usb'/><geometry cyls='16383' heads='16' secs='63'/>"],
      [IDE1, ''],
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><geometry cyls='16383' heads='16' secs='63' trans='lba'/>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "trans='|lba'")), error(pos(doc, "<|geometry cyls='16383' heads='16' secs='63'/>"))]);
    const sd = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='sd'/><serial>abc</serial>"]);
    await expectFindings(sd, ID, [error(pos(sd, '<serial>|abc'))]);
  });
  it('errs on a SCSI vendor longer than 8 characters, accepts 8', async () => {
    const base = addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><vendor>ABCDEFGHIJ</vendor></disk>");
    await expectFindings(base, ID, [error(pos(base, '<vendor>|ABCDEFGHIJ'))]);
    await expectClean(edit(base, ['ABCDEFGHIJ', 'ABCDEFGH']), ID);
  });
  it('accepts <wwn> on IDE and <serial> on virtio', async () => {
    const doc = edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><wwn>5000c50015ea71ac</wwn>"], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><serial>abc</serial>"]);
    await expectClean(doc, ID);
  });
});

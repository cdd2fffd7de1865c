import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-iotune';
const T = "<target dev='vda' bus='virtio'/>";

describe(ID, () => {
  it('errs on a total limit next to a read limit', async () => {
    const doc = edit(SEED, [T, `${T}<iotune><total_bytes_sec>1000</total_bytes_sec><read_bytes_sec>100</read_bytes_sec></iotune>`]);
    await expectFindings(doc, ID, [error(pos(doc, '<|read_bytes_sec>'))]);
  });
  it('errs on a group_name alone', async () => {
    const doc = edit(SEED, [T, `${T}<iotune><group_name>g</group_name></iotune>`]);
    await expectFindings(doc, ID, [error(pos(doc, '<|group_name>'))]);
  });
  it('errs when one throttle group has different limits on two disks', async () => {
    const doc = addDevices(
      edit(SEED, [T, `${T}<iotune><total_bytes_sec>1000</total_bytes_sec><group_name>g</group_name></iotune>`]),
      "<disk type='file' device='disk'><source file='/b.img'/><target dev='vdb' bus='virtio'/><iotune><total_bytes_sec>2000</total_bytes_sec><group_name>g</group_name></iotune></disk>",
    );
    await expectFindings(doc, ID, [error(pos(doc, '<|group_name>g</group_name></iotune></disk>'))]);
    await expectClean(edit(doc, ['<total_bytes_sec>2000', '<total_bytes_sec>1000']), ID);
  });
  it('accepts read and write limits, or a total with a group', async () => {
    await expectClean(edit(SEED, [T, `${T}<iotune><read_bytes_sec>100</read_bytes_sec><write_iops_sec>10</write_iops_sec></iotune>`]), ID);
    await expectClean(edit(SEED, [T, `${T}<iotune><total_iops_sec>100</total_iops_sec><read_bytes_sec>10</read_bytes_sec><group_name>g</group_name></iotune>`]), ID);
  });
});

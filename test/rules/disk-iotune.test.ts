import rule from '../../rules/disk-iotune.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const T = "<target dev='vda' bus='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'errs when one throttle group has different limits on two disks (2)', code: edit(addDevices(
      edit(SEED, [T, `${T}<iotune><total_bytes_sec>1000</total_bytes_sec><group_name>g</group_name></iotune>`]),
      "<disk type='file' device='disk'><source file='/b.img'/><target dev='vdb' bus='virtio'/><iotune><total_bytes_sec>2000</total_bytes_sec><group_name>g</group_name></iotune></disk>",
    ), ['<total_bytes_sec>2000', '<total_bytes_sec>1000']) },
    { name: 'accepts read and write limits, or a total with a group (1)', code: edit(SEED, [T, `${T}<iotune><read_bytes_sec>100</read_bytes_sec><write_iops_sec>10</write_iops_sec></iotune>`]) },
    { name: 'accepts read and write limits, or a total with a group (2)', code: edit(SEED, [T, `${T}<iotune><total_iops_sec>100</total_iops_sec><read_bytes_sec>10</read_bytes_sec><group_name>g</group_name></iotune>`]) },
  ],
  invalid: [
    {
      name: 'errs on a total limit next to a read limit',
      code: edit(SEED, [T, `${T}<iotune><total_bytes_sec>1000</total_bytes_sec><read_bytes_sec>100</read_bytes_sec></iotune>`]),
      errors: [{ severity: 'error', near: '<|read_bytes_sec>' }],
    },
    {
      name: 'errs on a group_name alone',
      code: edit(SEED, [T, `${T}<iotune><group_name>g</group_name></iotune>`]),
      errors: [{ severity: 'error', near: '<|group_name>' }],
    },
    {
      name: 'errs when one throttle group has different limits on two disks (1)',
      code: addDevices(
      edit(SEED, [T, `${T}<iotune><total_bytes_sec>1000</total_bytes_sec><group_name>g</group_name></iotune>`]),
      "<disk type='file' device='disk'><source file='/b.img'/><target dev='vdb' bus='virtio'/><iotune><total_bytes_sec>2000</total_bytes_sec><group_name>g</group_name></iotune></disk>",
    ),
      errors: [{ severity: 'error', near: '<|group_name>g</group_name></iotune></disk>' }],
    },
  ],
});

import rule from '../../rules/boot-order-unique.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'also counts a boot order nested in a hostdev, and accepts distinct orders (2)', code: edit(addDevices(edit(SEED, [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='2'/>"]), "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='18' function='5'/></source><boot order='2'/></hostdev>"), ["<boot order='2'/></hostdev>", "<boot order='3'/></hostdev>"]) },
  ],
  invalid: [
    {
      name: 'errs on two devices with boot order 1',
      code: edit(
      SEED,
      [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''],
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"],
      ["<model type='virtio'/>", "<model type='virtio'/><boot order='1'/>"],
    ),
      errors: [{ severity: 'error', near: "<boot order='|1'/>", nth: 2 }],
    },
    {
      name: 'also counts a boot order nested in a hostdev, and accepts distinct orders (1)',
      code: addDevices(edit(SEED, [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='2'/>"]), "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='18' function='5'/></source><boot order='2'/></hostdev>"),
      errors: [{ severity: 'error', near: "<boot order='|2'/></hostdev>" }],
    },
  ],
});

import rule from '../../rules/boot-order-unsupported-device.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

/** The seed without <os><boot dev> (per-device boot orders cannot be mixed with them). */
const NO_OS_BOOT = edit(SEED, ["<boot dev='cdrom'/>", ''], ["<boot dev='hd'/>", '']);
const fs9p = (boot: string): string => `<filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='tag'/>${boot}</filesystem>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a 9p filesystem without a boot order', code: addDevices(SEED, fs9p('')) },
    { name: 'accepts a boot order on a PCI host device beside a mediated device without one', code: addDevices(NO_OS_BOOT, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x00' function='0x0'/></source><boot order='1'/></hostdev><hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>") },
  ],
  invalid: [
    { name: 'errs on a boot order on a 9p filesystem', code: addDevices(NO_OS_BOOT, fs9p("<boot order='1'/>")), errors: [{ severity: 'error', near: "<boot order='|1'", message: /9p/ }] },
    {
      name: 'errs on a boot order on a vfio-pci mediated device',
      code: addDevices(NO_OS_BOOT, "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source><boot order='2'/></hostdev>"),
      errors: [{ severity: 'error', near: "<boot order='|2'", message: /vfio-pci mediated device/ }],
    },
    {
      name: 'errs on a boot order on a vhost-scsi host device',
      code: addDevices(NO_OS_BOOT, "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5001405df3e54061'/><boot order='1'/></hostdev>"),
      errors: [{ severity: 'error', near: "<boot order='|1'", message: /vhost-scsi host device/ }],
    },
  ],
});

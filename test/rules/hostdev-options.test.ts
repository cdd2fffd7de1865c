import rule from '../../rules/hostdev-options.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const PCI_SOURCE = "<address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>";
const mdev = (display: string): string => `<hostdev mode='subsystem' type='mdev' model='vfio-pci' display='${display}'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>`;
const GRAPHICS = /\s*<graphics[\s\S]*?<\/graphics>/;
const noGraphics = SEED.replace(GRAPHICS, '');

ruleTester.run(rule, {
  valid: [
    { name: 'accepts startupPolicy on a USB host device', code: addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source startupPolicy='optional'><vendor id='0x1050'/><product id='0x0010'/></source></hostdev>") },
    { name: "accepts display='on' with a graphics device, and display='off' without one (1)", code: addDevices(SEED, mdev('on')) },
    { name: "accepts display='on' with a graphics device, and display='off' without one (2)", code: addDevices(noGraphics, mdev('off')) },
    { name: "accepts display='on' on a PCI host device without graphics (not in the grammar; libvirt 9.0's define ignores it)", code: addDevices(noGraphics, `<hostdev mode='subsystem' type='pci' managed='yes' display='on'><source>${PCI_SOURCE}</source></hostdev>`) },
  ],
  invalid: [
    {
      name: 'errs on startupPolicy on a PCI host device, at the attribute',
      code: addDevices(SEED, `<hostdev mode='subsystem' type='pci' managed='yes'><source startupPolicy='optional'>${PCI_SOURCE}</source></hostdev>`),
      errors: [{ severity: 'error', near: "startupPolicy='|optional'", message: /USB/ }],
    },
    {
      name: "errs on display='on' in a domain without graphics",
      code: addDevices(edit(noGraphics, ['<video>', '<video>']), mdev('on')),
      errors: [{ severity: 'error', near: "display='|on'" }],
    },
  ],
});

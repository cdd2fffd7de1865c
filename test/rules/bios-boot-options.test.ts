import rule from '../../rules/bios-boot-options.js';
import { edit, ruleTester, SEED } from './helpers.js';

const MENU = "<bootmenu enable='yes'/>";
const SERIAL = `<serial type='pty'>
      <target port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts in-range timeouts and useserial with a serial port', code: edit(SEED, [MENU, "<bootmenu enable='yes' timeout='3000'/><bios useserial='yes' rebootTimeout='-1'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a boot menu timeout and a reboot timeout out of range',
      code: edit(SEED, [MENU, "<bootmenu enable='yes' timeout='70000'/><bios rebootTimeout='70000'/>"]),
      errors: [{ severity: 'error', near: "timeout='|70000'" }, { severity: 'error', near: "rebootTimeout='|70000'" }],
    },
    {
      name: "errs on useserial='yes' without a serial port, and on <bootloader>",
      code: edit(SEED, [MENU, `${MENU}<bios useserial='yes'/>`], [SERIAL, ''], ['<os>', '<bootloader>/usr/bin/pygrub</bootloader><os>']),
      errors: [{ severity: 'error', near: '<|bootloader>' }, { severity: 'error', near: "|useserial='yes'" }],
    },
  ],
});

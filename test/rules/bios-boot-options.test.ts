import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'bios-boot-options';
const MENU = "<bootmenu enable='yes'/>";
const SERIAL = `<serial type='pty'>
      <target port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>`;

describe(ID, () => {
  it('errs on a boot menu timeout and a reboot timeout out of range', async () => {
    const doc = edit(SEED, [MENU, "<bootmenu enable='yes' timeout='70000'/><bios rebootTimeout='70000'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "timeout='|70000'")), error(pos(doc, "rebootTimeout='|70000'"))]);
  });
  it("errs on useserial='yes' without a serial port, and on <bootloader>", async () => {
    const doc = edit(SEED, [MENU, `${MENU}<bios useserial='yes'/>`], [SERIAL, ''], ['<os>', '<bootloader>/usr/bin/pygrub</bootloader><os>']);
    await expectFindings(doc, ID, [error(pos(doc, '<|bootloader>')), error(pos(doc, "|useserial='yes'"))]);
  });
  it('accepts in-range timeouts and useserial with a serial port', async () => {
    await expectClean(edit(SEED, [MENU, "<bootmenu enable='yes' timeout='3000'/><bios useserial='yes' rebootTimeout='-1'/>"]), ID);
  });
});

import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'serial-target-compat';
const SERIAL = "<serial type='pty'>\n      <target port='0'/>\n    </serial>";
const serials = (xml: string): string => edit(SEED, [SERIAL, xml]);
const isa = (port = ''): string => `<serial type='pty'><target type='isa-serial'${port}/></serial>`;

describe(ID, () => {
  it('errs on a target model that belongs to another target type, at the model name', async () => {
    const doc = serials("<serial type='pty'><target type='isa-serial'><model name='usb-serial'/></target></serial>");
    await expectFindings(doc, ID, [error(pos(doc, "name='|usb-serial'"))]);
    // No target type on x86 means isa-serial.
    const implied = serials("<serial type='pty'><target><model name='pl011'/></target></serial>");
    await expectFindings(implied, ID, [error(pos(implied, "name='|pl011'"))]);
  });
  it('errs on target types of other architectures on x86', async () => {
    const doc = serials("<serial type='pty'><target type='system-serial'><model name='16550a'/></target></serial>");
    await expectFindings(doc, ID, [error(pos(doc, "type='|system-serial'"))]);
  });
  it('errs on an address of the wrong type, and on an address where none is allowed', async () => {
    const pci = serials("<serial type='pty'><target type='isa-serial'/><address type='pci' slot='7'/></serial>");
    await expectFindings(pci, ID, [error(pos(pci, "<target type='isa-serial'/><address type='|pci'"))]);
    const usb = serials("<serial type='pty'><target type='usb-serial'/><address type='pci' slot='7'/></serial>");
    await expectFindings(usb, ID, [error(pos(usb, "<target type='usb-serial'/><address type='|pci'"))]);
    const none = serials("<serial type='pty'><target type='system-serial'><model name='16550a'/></target><address type='pci'/></serial>");
    await expectFindings(none, ID, [error(pos(none, "type='|system-serial'")), error(pos(none, "</target><address type='|pci'"))]);
  });
  it('errs on a fifth ISA serial, a port above 3 and a port used twice', async () => {
    const five = serials(isa() + isa() + isa() + isa() + isa());
    await expectFindings(five, ID, [error(pos(five, "<|target type='isa-serial'", 5))]);
    const high = serials(isa(" port='4'"));
    await expectFindings(high, ID, [error(pos(high, "port='|4'"))]);
    const twice = serials(isa(" port='1'") + isa(" port='1'"));
    await expectFindings(twice, ID, [error(pos(twice, "port='|1'", 2))]);
  });
  it('accepts matching types, models and addresses, and four ISA serials', async () => {
    await expectClean(SEED, ID);
    await expectClean(serials(isa() + isa() + isa() + isa()), ID);
    await expectClean(serials("<serial type='pty'><target type='usb-serial'><model name='usb-serial'/></target><address type='usb' bus='0' port='1'/></serial>"), ID);
    await expectClean(serials("<serial type='pty'><target type='pci-serial'><model name='pci-serial'/></target></serial>"), ID);
    await expectClean(serials("<serial type='pty'><target type='isa-serial'/><address type='isa' iobase='0x3f8'/></serial>"), ID);
    await expectClean(serials("<serial type='pty'><target type='isa-debug'><model name='isa-debugcon'/></target></serial>"), ID);
  });
  it('errs on console target types QEMU lacks (other hypervisors; SCLP off s390x), at the type', async () => {
    for (const type of ['xen', 'sclp']) {
      const doc = edit(SEED, ["<target type='serial' port='0'/>", `<target type='${type}' port='0'/>`]);
      await expectFindings(doc, ID, [error(pos(doc, `type='|${type}'`))]);
    }
    await expectClean(edit(SEED, ["<target type='serial' port='0'/>", "<target type='virtio' port='0'/>"]), ID);
  });
});

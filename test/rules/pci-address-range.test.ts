import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'pci-address-range';
const VIDEO = "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>";

describe(ID, () => {
  it('errs on domain 1, slot 0x20 and function 8', async () => {
    const doc = edit(SEED, [VIDEO, "<address type='pci' domain='0x0001' bus='0x00' slot='0x20' function='0x8'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "domain='|0x0001'")), error(pos(doc, "slot='|0x20'")), error(pos(doc, "function='|0x8'"))]);
  });
  it('errs on a slot other than 0 behind a pcie-root-port (q35)', async () => {
    const doc = edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x01' slot='0x01'/>\n    </interface>"]);
    await expectFindings(doc, ID, [error(pos(doc, "bus='0x01' slot='|0x01'"))]);
  });
  it('accepts slot 0 behind a root port and ordinary bus-0 slots', async () => {
    await expectClean(edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x02' slot='0x00'/>\n    </interface>"]), ID);
    await expectClean(SEED, ID);
  });
  it('errs on slot 0 behind a pci-bridge or pcie-to-pci-bridge (their slot 0 is reserved)', async () => {
    const bridge = addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-bridge'/>");
    await expectFindings(bridge, ID, [error(pos(bridge, "bus='0x01' slot='|0x00'"))]);
    const q35 = addDevices(
      edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x05' slot='0x00' function='0x1'/>\n    </interface>"]),
      "<controller type='pci' index='5' model='pcie-to-pci-bridge'/>",
    );
    await expectFindings(q35, ID, [error(pos(q35, "bus='0x05' slot='|0x00'"))]);
  });
  it('errs on slot 0 of a bus above 0 without a controller on i440fx (libvirt adds a pci-bridge there)', async () => {
    const doc = edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "bus='0x03' slot='|0x00'"))]);
    await expectClean(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x03' slot='0x01' function='0x0'/>"]), ID);
  });
  it('accepts slot 1 behind a pci-bridge, and slot 0 behind a dmi-to-pci-bridge or pci-expander-bus', async () => {
    await expectClean(addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x01' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-bridge'/>"), ID);
    await expectClean(addDevices(edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'/></controller>"), ID);
    await expectClean(
      addDevices(
        edit(Q35, ['<model type="virtio"/>\n    </interface>', "<model type=\"virtio\"/><address type='pci' bus='0x05' slot='0x00'/>\n    </interface>"]),
        "<controller type='pci' index='5' model='dmi-to-pci-bridge'/>",
      ),
      ID,
    );
  });
});

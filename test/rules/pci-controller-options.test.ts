import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'pci-controller-options';
const NUMA = "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>";

describe(ID, () => {
  it('errs on options the model does not take, at the option', async () => {
    const bridge = addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><target chassis='3' busNr='100' hotplug='off'/></controller>");
    await expectFindings(bridge, ID, [error(pos(bridge, "chassis='|3'")), error(pos(bridge, "busNr='|100'")), error(pos(bridge, "hotplug='|off'"))]);
    const port = addDevices(Q35, "<controller type='pci' index='5' model='pcie-root-port'><target chassisNr='5'/></controller>");
    await expectFindings(port, ID, [error(pos(port, "chassisNr='|5'"))]);
    const root = addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><target index='0'/></controller>");
    await expectFindings(root, ID, [error(pos(root, "<target index='|0'"))]);
  });
  it('errs on hotplug on pcie-root and a NUMA node on a pci-bridge', async () => {
    const doc = edit(Q35, ['<controller type="pci" model="pcie-root"/>', '<controller type="pci" model="pcie-root"><target hotplug="off"/></controller>']);
    await expectFindings(doc, ID, [error(pos(doc, 'hotplug="|off"'))]);
    const node = addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-bridge'><target><node>0</node></target></controller>");
    await expectFindings(node, ID, [error(pos(node, '<node>|0'))]);
  });
  it('errs on a <model name> of another controller', async () => {
    const doc = addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><model name='i82801b11-bridge'/></controller>");
    await expectFindings(doc, ID, [error(pos(doc, "name='|i82801b11-bridge'"))]);
  });
  it('errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root', async () => {
    const nr = addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><target chassisNr='0'/></controller>");
    await expectFindings(nr, ID, [error(pos(nr, "chassisNr='|0'"))]);
    for (const busNr of ['0', '255']) {
      const pxb = addDevices(SEED, `<controller type='pci' index='1' model='pci-expander-bus'><target busNr='${busNr}'/></controller>`);
      await expectFindings(pxb, ID, [error(pos(pxb, `busNr='|${busNr}'`))]);
    }
    const node = addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='200'><node>1</node></target></controller>");
    await expectFindings(node, ID, [error(pos(node, '<node>|1'))]);
    const root = addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><address type='pci' slot='0x05'/></controller>");
    await expectFindings(root, ID, [error(pos(root, "<|address type='pci' slot='0x05'"))]);
  });
  it('accepts each option on the models that take it', async () => {
    await expectClean(Q35, ID);
    await expectClean(addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><model name='pci-bridge'/><target chassisNr='1'/></controller>"), ID);
    await expectClean(addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><target hotplug='off'/></controller>"), ID);
    await expectClean(addDevices(Q35, "<controller type='pci' index='5' model='pcie-root-port'><model name='ioh3420'/><target chassis='9' port='0x20' hotplug='off'/></controller>"), ID);
    await expectClean(addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'><node>0</node></target></controller>"), ID);
  });
});

import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'pci-root-model';

describe(ID, () => {
  it('errs on pci-root on q35', async () => {
    const doc = edit(Q35, ['<controller type="pci" model="pcie-root"/>', '<controller type="pci" model="pci-root"/>']);
    await expectFindings(doc, ID, [error(pos(doc, 'model="|pci-root"'))]);
  });
  it('errs on pcie-root on i440fx', async () => {
    const doc = addDevices(SEED, "<controller type='pci' index='0' model='pcie-root'/>");
    await expectFindings(doc, ID, [error(pos(doc, "model='|pcie-root'"))]);
  });
  it('accepts the matching roots', async () => {
    await expectClean(Q35, ID);
    await expectClean(addDevices(SEED, "<controller type='pci' index='0' model='pci-root'/>"), ID);
  });
});

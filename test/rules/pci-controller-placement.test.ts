import { addDevices, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'pci-controller-placement';

describe(ID, () => {
  it('errs on a pcie-to-pci-bridge on the root bus and a DMI bridge on a root port (q35)', async () => {
    const doc = addDevices(
      Q35,
      "<controller type='pci' index='5' model='pcie-to-pci-bridge'><address type='pci' bus='0' slot='9'/></controller><controller type='pci' index='6' model='dmi-to-pci-bridge'><address type='pci' bus='1' slot='0'/></controller>",
    );
    await expectFindings(doc, ID, [error(pos(doc, "<|address type='pci' bus='0' slot='9'")), error(pos(doc, "<|address type='pci' bus='1' slot='0'"))]);
  });
  it('errs on a root port behind a pcie-to-pci-bridge', async () => {
    const doc = addDevices(Q35, "<controller type='pci' index='5' model='pcie-to-pci-bridge'/><controller type='pci' index='6' model='pcie-root-port'><address type='pci' bus='5' slot='1'/></controller>");
    await expectFindings(doc, ID, [error(pos(doc, "<|address type='pci' bus='5'"))]);
  });
  it('errs on a pci-bridge whose index is not above its bus (i440fx)', async () => {
    const doc = addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><address type='pci' bus='2' slot='1'/></controller><controller type='pci' index='2' model='pci-bridge'><address type='pci' bus='0' slot='9'/></controller>");
    await expectFindings(doc, ID, [error(pos(doc, "bus='|2' slot='1'"))]);
  });
  it('accepts a switch behind a root port with a PCI bridge behind it', async () => {
    await expectClean(
      addDevices(
        Q35,
        "<controller type='pci' index='5' model='pcie-switch-upstream-port'><address type='pci' bus='1' slot='0'/></controller><controller type='pci' index='6' model='pcie-switch-downstream-port'><address type='pci' bus='5' slot='0'/></controller><controller type='pci' index='7' model='pcie-to-pci-bridge'><address type='pci' bus='6' slot='0'/></controller>",
      ),
      ID,
    );
  });
});

import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'iommu-machine-and-ioapic';

describe(ID, () => {
  it('errs on the Intel IOMMU on i440fx', async () => {
    const doc = addDevices(SEED, "<iommu model='intel'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<iommu model='|intel'"))]);
  });
  it("errs on intremap without <ioapic driver='qemu'/>", async () => {
    const doc = addDevices(Q35, "<iommu model='intel'><driver intremap='on'/></iommu>");
    await expectFindings(doc, ID, [error(pos(doc, "<driver |intremap='on'"))]);
  });
  it('accepts the Intel IOMMU on q35 with a split I/O APIC', async () => {
    await expectClean(addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on'/></iommu>"), ID);
  });
});

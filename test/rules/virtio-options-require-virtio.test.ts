import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'virtio-options-require-virtio';

describe(ID, () => {
  it('errs on iommu for an IDE disk and packed for an e1000 NIC', async () => {
    const doc = edit(
      SEED,
      ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' iommu='on'/>"],
      ["<model type='virtio'/>", "<model type='e1000'/>"],
      ["txmode='iothread' ioeventfd='off'", "packed='on'"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "|iommu='on'")), error(pos(doc, "|packed='on'"))]);
  });
  it('accepts the options on virtio devices', async () => {
    const doc = edit(SEED, ["ioeventfd='on'/>", "iommu='on' ats='on'/>"], ["txmode='iothread' ioeventfd='off'", "packed='on' page_per_vq='on'"]);
    await expectClean(doc, ID);
  });
});

import { addDevices, error, expectClean, expectFindings, pos, Q35, SEED, warning } from './helpers.js';

const ID = 'sound-model-qemu';

describe(ID, () => {
  it("errs on model 'ich7' (i440fx and q35), at the model", async () => {
    for (const base of [SEED, Q35]) {
      const doc = addDevices(base, "<sound model='ich7'/>");
      await expectFindings(doc, ID, [error(pos(doc, "model='|ich7'"))]);
    }
  });
  it('warns on a <codec> of a card that is not Intel HDA', async () => {
    const doc = addDevices(SEED, "<sound model='ac97'><codec type='duplex'/></sound>");
    await expectFindings(doc, ID, [warning(pos(doc, '<|codec'))]);
  });
  it('accepts ich6/ich9 with codecs and the other models without', async () => {
    await expectClean(addDevices(SEED, "<sound model='ich6'><codec type='duplex'/></sound><sound model='ac97'/><sound model='sb16'/>"), ID);
    await expectClean(addDevices(Q35, "<sound model='ich9'><codec type='micro'/></sound>"), ID);
  });
});

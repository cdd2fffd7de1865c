import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'panic-model-arch';

describe(ID, () => {
  it('errs on s390 and pseries panic devices in an x86 guest', async () => {
    const doc = addDevices(SEED, "<panic model='s390'/><panic model='pseries'/>");
    await expectFindings(doc, ID, [error(pos(doc, "model='|s390'")), error(pos(doc, "model='|pseries'"))]);
  });
  it('accepts isa and hyperv on x86', async () => {
    await expectClean(addDevices(SEED, "<panic model='isa'/><panic model='hyperv'/>"), ID);
  });
});

import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'watchdog-single';

describe(ID, () => {
  it('errs on a second watchdog', async () => {
    const doc = addDevices(SEED, "<watchdog model='i6300esb' action='reset'/><watchdog model='ib700' action='reset'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<|watchdog model='ib700'"))]);
  });
  it('accepts one watchdog', async () => {
    await expectClean(addDevices(SEED, "<watchdog model='i6300esb' action='reset'/>"), ID);
  });
});

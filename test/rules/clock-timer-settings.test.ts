import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'clock-timer-settings';
const timers = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `<clock offset='utc'>${xml}</clock>`]);

describe(ID, () => {
  it("errs on the 'platform' timer and on tickpolicy for kvmclock", async () => {
    const doc = timers("<timer name='platform'/><timer name='kvmclock' tickpolicy='catchup'/>");
    await expectFindings(doc, ID, [error(pos(doc, "name='|platform'")), error(pos(doc, "|tickpolicy='catchup'"))]);
  });
  it("errs on rtc tickpolicy 'merge', track 'boot' and a frequency", async () => {
    const doc = timers("<timer name='rtc' tickpolicy='merge' track='boot' frequency='1000'/>");
    await expectFindings(doc, ID, [error(pos(doc, "tickpolicy='|merge'")), error(pos(doc, "track='|boot'")), error(pos(doc, "|frequency="))]);
  });
  it('accepts the timers virt-install writes', async () => {
    await expectClean(timers("<timer name='rtc' tickpolicy='catchup'/><timer name='pit' tickpolicy='delay'/><timer name='hpet' present='no'/>"), ID);
  });
});

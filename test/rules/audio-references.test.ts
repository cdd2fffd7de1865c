import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'audio-references';

describe(ID, () => {
  it('errs on a sound card referring to a missing audio id', async () => {
    const doc = addDevices(SEED, "<sound model='ich6'><audio id='2'/></sound><audio id='1' type='none'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<audio id='|2'"))]);
  });
  it('errs on a repeated audio id and on spice audio without SPICE', async () => {
    const doc = addDevices(SEED, "<audio id='1' type='none'/><audio id='1' type='spice'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<audio id='|1' type='spice'")), error(pos(doc, "<audio id='1' |type='spice'"))]);
  });
  it('errs on a reference other than 1 when no <audio> exists (libvirt only adds id 1)', async () => {
    const doc = addDevices(SEED, "<sound model='ich6'><audio id='2'/></sound>");
    await expectFindings(doc, ID, [error(pos(doc, "<audio id='|2'"))]);
    await expectClean(addDevices(SEED, "<sound model='ich6'><audio id='1'/></sound>"), ID);
  });
  it('accepts matching ids', async () => {
    await expectClean(addDevices(SEED, "<sound model='ich6'><audio id='1'/></sound><audio id='1' type='none'/>"), ID);
  });
});

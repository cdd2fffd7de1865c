import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'chardev-reconnect';
const tcp = (mode: string, timeout: string): string =>
  `<serial type='tcp'><source mode='${mode}' host='127.0.0.1' service='4555'><reconnect enabled='yes' timeout='${timeout}'/></source><protocol type='raw'/><target port='1'/></serial>`;

describe(ID, () => {
  it('errs on reconnect for a listening source', async () => {
    const doc = addDevices(SEED, tcp('bind', '10'));
    await expectFindings(doc, ID, [error(pos(doc, '<|reconnect'))]);
  });
  it('errs on timeout 0', async () => {
    const doc = addDevices(SEED, tcp('connect', '0'));
    await expectFindings(doc, ID, [error(pos(doc, "timeout='|0'"))]);
  });
  it('accepts reconnect for a connecting source', async () => {
    await expectClean(addDevices(SEED, tcp('connect', '10')), ID);
  });
});

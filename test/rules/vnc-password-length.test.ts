import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'vnc-password-length';
const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

describe(ID, () => {
  it('errs on a 9-character VNC password', async () => {
    const doc = edit(SEED, [GR, "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='123456789'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "passwd='|123456789'"))]);
  });
  it('accepts 8 characters, and long SPICE passwords', async () => {
    await expectClean(edit(SEED, [GR, "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='12345678'>"]), ID);
    await expectClean(edit(SEED, [GR, "<graphics type='spice' autoport='yes' passwd='a much longer passphrase'>"]), ID);
  });
});

import { edit, error, expectClean, expectFindings, pos, Q35 } from './helpers.js';

const ID = 'loader-path-required';
const TYPE = '<type arch="x86_64" machine="q35">hvm</type>';

describe(ID, () => {
  it('errs on an empty loader without firmware autoselection', async () => {
    const doc = edit(Q35, [TYPE, TYPE + '<loader readonly="yes" type="pflash"/>']);
    await expectFindings(doc, ID, [error(pos(doc, '<|loader'))]);
  });
  it("accepts a loader path, or an empty loader with firmware='efi'", async () => {
    await expectClean(edit(Q35, [TYPE, TYPE + '<loader readonly="yes" type="pflash">/usr/share/OVMF/OVMF_CODE.fd</loader>']), ID);
    await expectClean(edit(Q35, ['<os>', '<os firmware="efi">'], [TYPE, TYPE + '<loader/>']), ID);
  });
});

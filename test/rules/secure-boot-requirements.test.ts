import { edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'secure-boot-requirements';
const TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
const LOADER = '<loader readonly="yes" secure="yes" type="pflash">/usr/share/OVMF/OVMF_CODE.secboot.fd</loader>';

describe(ID, () => {
  it('errs on secure boot without SMM', async () => {
    const doc = edit(Q35, [TYPE, TYPE + LOADER]);
    await expectFindings(doc, ID, [error(pos(doc, 'secure="|yes"'))]);
  });
  it('errs twice on i440fx without SMM', async () => {
    const doc = edit(SEED, ["<bootmenu enable='yes'/>", `<bootmenu enable='yes'/>${LOADER}`]);
    await expectFindings(doc, ID, [error(pos(doc, 'secure="|yes"')), error(pos(doc, 'secure="|yes"'))]);
  });
  it('accepts q35 with SMM on', async () => {
    await expectClean(edit(Q35, [TYPE, TYPE + LOADER], ['<apic/>', '<apic/><smm state="on"/>']), ID);
  });
});

import { edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'uefi-requires-acpi';

describe(ID, () => {
  it("errs on firmware='efi' without <acpi/>", async () => {
    const doc = edit(Q35, ['<os>', '<os firmware="efi">'], ['<acpi/>', '']);
    await expectFindings(doc, ID, [error(pos(doc, 'firmware="|efi"'))]);
  });
  it('errs on a pflash loader without <acpi/> (the seed has no <features>)', async () => {
    const doc = edit(SEED, ["<bootmenu enable='yes'/>", "<bootmenu enable='yes'/><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"]);
    await expectFindings(doc, ID, [error(pos(doc, "type='|pflash'"))]);
  });
  it('accepts UEFI with ACPI, and BIOS without', async () => {
    await expectClean(edit(Q35, ['<os>', '<os firmware="efi">']), ID);
    await expectClean(SEED, ID);
  });
});

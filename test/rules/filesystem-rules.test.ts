import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'filesystem-rules';
const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

describe(ID, () => {
  it("errs on type='file' and on fmode without mapped access", async () => {
    const doc = addDevices(SEED, "<filesystem type='file' accessmode='passthrough'><source file='/tmp/x.img'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough' fmode='644'><source dir='/tmp'/><target dir='b'/></filesystem>");
    await expectFindings(doc, ID, [error(pos(doc, "<filesystem type='|file'")), error(pos(doc, "|fmode='644'"))]);
  });
  it('errs on read-only virtiofs and on virtiofs with mapped access', async () => {
    const doc = addDevices(
      edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]),
      "<filesystem type='mount' accessmode='mapped'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>",
    );
    await expectFindings(doc, ID, [error(pos(doc, "accessmode='|mapped'")), error(pos(doc, '<|readonly/></filesystem>'))]);
  });
  it('accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share', async () => {
    await expectClean(addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>"), ID);
    await expectClean(addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>"), ID);
  });
});

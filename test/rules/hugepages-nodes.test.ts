import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'hugepages-nodes';
const VCPU = "<vcpu placement='static'>1</vcpu>";
const hp = (pages: string): string => `${VCPU}<memoryBacking><hugepages>${pages}</hugepages></memoryBacking>`;

describe(ID, () => {
  it('errs on a nodeset naming a missing NUMA node', async () => {
    const doc = edit(SEED, [VCPU, hp("<page size='2048' nodeset='1'/>")]);
    await expectFindings(doc, ID, [error(pos(doc, "nodeset='|1'"))]);
  });
  it('errs on two pages without nodeset', async () => {
    const doc = edit(SEED, [VCPU, hp("<page size='2048'/><page size='1048576'/>")]);
    await expectFindings(doc, ID, [error(pos(doc, "<|page size='1048576'"))]);
  });
  it('accepts node 0 without NUMA cells and nodes that exist', async () => {
    await expectClean(edit(SEED, [VCPU, hp("<page size='2048' nodeset='0'/>")]), ID);
    const numa = "<cpu><numa><cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/></numa></cpu><clock offset='utc'/>";
    await expectClean(edit(SEED, [VCPU, hp("<page size='2048' nodeset='0-1'/>")], ["<clock offset='utc'/>", numa], ["<vcpu placement='static'>1</vcpu><memoryBacking>", "<vcpu placement='static'>2</vcpu><memoryBacking>"]), ID);
  });
});

import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'vcpu-topology-match';
const topo = (t: string): string => edit(SEED, ["<clock offset='utc'/>", `<cpu><topology ${t}/></cpu><clock offset='utc'/>`]);

describe(ID, () => {
  it('errs when the topology gives 2 vCPUs but <vcpu> is 1', async () => {
    const doc = topo("sockets='1' dies='1' cores='2' threads='1'");
    await expectFindings(doc, ID, [error(pos(doc, '<|topology'))]);
  });
  it('accepts a matching topology', async () => {
    await expectClean(topo("sockets='1' dies='1' cores='1' threads='1'"), ID);
    await expectClean(edit(topo("sockets='2' cores='2' threads='2'"), ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>8</vcpu>"]), ID);
  });
});

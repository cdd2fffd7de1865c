import rule from '../../rules/vcpu-topology-match.js';
import { edit, ruleTester, SEED } from './helpers.js';

const topo = (t: string): string => edit(SEED, ["<clock offset='utc'/>", `<cpu><topology ${t}/></cpu><clock offset='utc'/>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a matching topology (1)', code: topo("sockets='1' dies='1' cores='1' threads='1'") },
    { name: 'accepts a matching topology (2)', code: edit(topo("sockets='2' cores='2' threads='2'"), ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>8</vcpu>"]) },
  ],
  invalid: [
    {
      name: 'errs when the topology gives 2 vCPUs but <vcpu> is 1',
      code: topo("sockets='1' dies='1' cores='2' threads='1'"),
      errors: [{ severity: 'error', near: '<|topology' }],
    },
  ],
});

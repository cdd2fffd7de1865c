import rule from '../../rules/cpu-maxphysaddr.js';
import { edit, ruleTester, SEED } from './helpers.js';

const cpu = (xml: string): string => edit(SEED, ['</os>', `</os>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts passthrough without bits', code: cpu("<cpu mode='host-passthrough'><maxphysaddr mode='passthrough'/></cpu>") },
    { name: 'accepts emulate with bits (also on a custom CPU)', code: cpu("<cpu mode='custom' match='exact'><model>qemu64</model><maxphysaddr mode='emulate' bits='40'/></cpu>") },
  ],
  invalid: [
    { name: 'errs on bits with passthrough', code: cpu("<cpu mode='host-passthrough'><maxphysaddr mode='passthrough' bits='40'/></cpu>"), errors: [{ severity: 'error', near: "bits='|40'" }] },
    { name: 'errs on bits with passthrough on a maximum CPU', code: cpu("<cpu mode='maximum'><maxphysaddr mode='passthrough' bits='40'/></cpu>"), errors: [{ severity: 'error', near: "bits='|40'" }] },
    { name: 'errs on emulate without bits', code: cpu("<cpu mode='host-passthrough'><maxphysaddr mode='emulate'/></cpu>"), errors: [{ severity: 'error', near: "mode='|emulate'", message: /bits=/ }] },
  ],
});

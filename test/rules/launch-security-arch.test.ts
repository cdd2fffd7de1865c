import { expect } from 'chai';
import rule from '../../rules/launch-security-arch.js';
import { runRule } from '../caps/helpers.js';
import { edit, otherArch, Q35, ruleTester } from './helpers.js';

const q35 = (type: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <launchSecurity type='${type}'/>`]);
const SEV = "<launchSecurity type='sev'><policy>0x0003</policy><cbitpos>47</cbitpos><reducedPhysBits>1</reducedPhysBits></launchSecurity>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a guest without <launchSecurity>', code: otherArch('aarch64', 'virt') },
    { name: "accepts an s390x guest's other protection (key wrapping) without <launchSecurity>", code: otherArch('s390x', 's390-ccw-virtio', '', "<keywrap><cipher name='aes' state='on'/></keywrap>") },
  ],
  invalid: [
    { name: "errs on type='s390-pv' on x86, at the type", code: q35('s390-pv'), errors: [{ severity: 'error', near: "<launchSecurity type='|s390-pv'", message: /exists only on s390x guests, not in an x86 guest/ }] },
    { name: "errs on type='s390-pv' on aarch64", code: otherArch('aarch64', 'virt', '', "<launchSecurity type='s390-pv'/>"), errors: [{ near: "type='|s390-pv'", message: /not in an aarch64 guest/ }] },
    { name: "errs on type='sev' on s390x", code: otherArch('s390x', 's390-ccw-virtio', '', SEV), errors: [{ severity: 'error', near: "type='|sev'", message: /AMD SEV\) exists only on x86 guests, not in an s390x guest/ }] },
  ],
});

// Outside the rule tester: libvirtd 9.0 on this kind of host refuses both for the host's sake (a
// TCG-only s390x emulator, an x86 host without SEV), and the rules' oracle tier takes every rule
// tester document for one libvirt judges on the rules alone.
describe('launch-security-arch: each kind on its own architecture', () => {
  it("leaves type='s390-pv' on s390x and type='sev' on x86 alone (whether the host can is a capability)", () => {
    expect(runRule(rule, otherArch('s390x', 's390-ccw-virtio', '', "<launchSecurity type='s390-pv'/>"), undefined).reports).to.deep.equal([]);
    expect(runRule(rule, edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  ${SEV}`]), undefined).reports).to.deep.equal([]);
  });
});

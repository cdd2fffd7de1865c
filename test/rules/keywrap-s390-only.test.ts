import rule from '../../rules/keywrap-s390-only.js';
import { edit, ruleTester, SEED } from './helpers.js';

/** An s390x guest (key wrapping is an s390 feature) with <keywrap>, and the x86 seed with it. */
const s390Keywrap = (inner: string): string => `<domain type='qemu'>
  <name>s390</name>
  <memory unit='KiB'>262144</memory>
  <os><type arch='s390x' machine='s390-ccw-virtio'>hvm</type></os>
  <keywrap>${inner}</keywrap>
  <devices>
    <memballoon model='none'/>
  </devices>
</domain>
`;
const x86Keywrap = (inner: string): string => edit(SEED, ['<os>', `<keywrap>${inner}</keywrap><os>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts key wrapping in an s390x guest', code: s390Keywrap("<cipher name='aes' state='off'/><cipher name='dea' state='on'/>") },
    { name: 'accepts an x86 guest without <keywrap>', code: SEED },
  ],
  invalid: [
    {
      name: 'errs on key wrapping in an x86 guest, once, at the first cipher',
      code: x86Keywrap("<cipher name='dea' state='on'/><cipher name='aes' state='off'/>"),
      errors: [{ severity: 'error', near: "<cipher |name='dea'", message: /an x86 QEMU does not have/ }],
    },
  ],
});

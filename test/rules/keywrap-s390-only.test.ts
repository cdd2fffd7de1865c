import rule from '../../rules/keywrap-s390-only.js';
import { edit, ruleTester, s390, SEED } from './helpers.js';

/** An s390x guest (key wrapping is an s390 feature) with <keywrap>. */
const s390Keywrap = (inner: string): string => s390(`<keywrap>${inner}</keywrap>`);
const x86Keywrap = (inner: string): string => edit(SEED, ['<os>', `<keywrap>${inner}</keywrap><os>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts key wrapping in an s390x guest', code: s390Keywrap("<cipher name='aes' state='off'/><cipher name='dea' state='on'/>") },
    { name: 'accepts an x86 guest without <keywrap>', code: SEED },
    // Schema-invalid (the grammar wants a cipher), but libvirt 9.0 defines and would start it: no cipher, nothing to refuse.
    { name: 'accepts an empty <keywrap/> in an x86 guest', code: x86Keywrap('').replace('<keywrap></keywrap>', '<keywrap/>') },
  ],
  invalid: [
    {
      name: 'errs on key wrapping in an x86 guest, once, at the first cipher',
      code: x86Keywrap("<cipher name='dea' state='on'/><cipher name='aes' state='off'/>"),
      errors: [{ severity: 'error', near: "<cipher |name='dea'", message: /an x86 QEMU does not have/ }],
    },
  ],
});

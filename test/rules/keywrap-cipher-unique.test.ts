import rule from '../../rules/keywrap-cipher-unique.js';
import { edit, ruleTester, s390, SEED } from './helpers.js';

/** An s390x guest (key wrapping is an s390 feature) with <keywrap>. */
const keywrap = (inner: string): string => s390(`<keywrap>${inner}</keywrap>`);
const x86Keywrap = (inner: string): string => edit(SEED, ['<os>', `<keywrap>${inner}</keywrap><os>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the aes and dea ciphers once each', code: keywrap("<cipher name='aes' state='off'/><cipher name='dea' state='on'/>") },
    { name: 'leaves key wrapping in an x86 guest to keywrap-s390-only', code: x86Keywrap("<cipher name='aes' state='off'/>") },
  ],
  invalid: [
    {
      name: 'errs on a cipher named twice, at the second',
      code: keywrap("<cipher name='aes' state='off'/><cipher name='aes' state='on'/>"),
      errors: [{ severity: 'error', near: "<cipher name='|aes' state='on'", message: /line \d+/ }],
    },
  ],
});

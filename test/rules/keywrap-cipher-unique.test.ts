import rule from '../../rules/keywrap-cipher-unique.js';
import { edit, ruleTester, SEED } from './helpers.js';

const keywrap = (inner: string): string => edit(SEED, ['<os>', `<keywrap>${inner}</keywrap><os>`]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts the aes and dea ciphers once each', code: keywrap("<cipher name='aes' state='off'/><cipher name='dea' state='on'/>") }],
  invalid: [
    {
      name: 'errs on a cipher named twice, at the second',
      code: keywrap("<cipher name='aes' state='off'/><cipher name='aes' state='on'/>"),
      errors: [{ severity: 'error', near: "<cipher name='|aes' state='on'", message: /line \d+/ }],
    },
  ],
});

import rule from '../../rules/sysinfo-fwcfg-value.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an entry with a file and no value', code: edit(SEED, ['<os>', "<sysinfo type='fwcfg'><entry name='opt/com.example/f' file='/etc/hosts'/></sysinfo><os>"]) },
    { name: 'accepts an entry with a value', code: edit(SEED, ['<os>', "<sysinfo type='fwcfg'><entry name='opt/com.example/v'>v</entry></sysinfo><os>"]) },
  ],
  invalid: [
    {
      name: 'errs on entries with neither a value nor a file, empty and white space only',
      code: edit(SEED, ['<os>', "<sysinfo type='fwcfg'><entry name='opt/com.example/a'/><entry name='opt/com.example/b'>  </entry></sysinfo><os>"]),
      errors: [
        { severity: 'error', near: "<|entry name='opt/com.example/a'", message: /has no value/ },
        { severity: 'error', near: "<|entry name='opt/com.example/b'", message: /has no value/ },
      ],
    },
  ],
});

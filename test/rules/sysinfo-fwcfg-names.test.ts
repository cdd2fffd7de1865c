import rule from '../../rules/sysinfo-fwcfg-names.js';
import { edit, ruleTester, SEED } from './helpers.js';

const fwcfg = (name: string): string => edit(SEED, ['<os>', `<sysinfo type='fwcfg'><entry name='${name}'>v</entry></sysinfo><os>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a name of its own under opt/', code: fwcfg('opt/com.example/key') },
    { name: 'accepts an entry with a file and no value', code: edit(SEED, ['<os>', "<sysinfo type='fwcfg'><entry name='opt/com.example/f' file='/etc/hosts'/></sysinfo><os>"]) },
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
    { name: 'errs on a name outside opt/', code: fwcfg('mykey'), errors: [{ severity: 'error', near: "name='|mykey'" }] },
    { name: 'errs on the prefixes QEMU and OVMF reserve (1)', code: fwcfg('opt/ovmf/x'), errors: [{ severity: 'error', near: "name='|opt/ovmf/x'" }] },
    { name: 'errs on the prefixes QEMU and OVMF reserve (2)', code: fwcfg('opt/org.qemu/x'), errors: [{ severity: 'error', near: "name='|opt/org.qemu/x'" }] },
  ],
});

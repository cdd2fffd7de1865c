import rule from '../../rules/filesystem-virtiofs-target-unique.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a virtiofs share and a 9p share with one target dir, and two virtiofs shares of one directory under two tags', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount'><source dir='/srv'/><target dir='a'/></filesystem><filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='b'/></filesystem>") },
  ],
  invalid: [
    {
      name: 'errs on a second virtiofs share with the same target dir (one of them socket-based), at its target',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source socket='/run/fs.sock'/><target dir='data'/></filesystem>\n<filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='data'/></filesystem>"),
      errors: [{ severity: 'error', near: "<source dir='/srv'/><target dir='|data'", message: /on line \d+ already uses target dir 'data'/ }],
    },
  ],
});

import rule from '../../rules/filesystem-mode-requires-mapped.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: "errs on fmode without mapped access (type='file': filesystem-type-mount)",
      code: addDevices(SEED, "<filesystem type='file' accessmode='passthrough'><source file='/tmp/x.img'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough' fmode='644'><source dir='/tmp'/><target dir='b'/></filesystem>"),
      errors: [{ severity: 'error', near: "|fmode='644'" }],
    },
  ],
});

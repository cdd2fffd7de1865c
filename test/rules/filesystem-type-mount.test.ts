import rule from '../../rules/filesystem-type-mount.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts 9p shares with drivers 'path' and 'handle'", code: addDevices(SEED, "<filesystem type='mount' accessmode='passthrough'><driver type='path'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough'><driver type='handle'/><source dir='/srv'/><target dir='b'/></filesystem>") },
    { name: "accepts an explicit type='mount' share", code: addDevices(SEED, "<filesystem type='mount' accessmode='squash'><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: 'errs on the loop, nbd and ploop drivers (with and without an address), at the driver type',
      code: addDevices(SEED, "<filesystem type='mount'><driver type='loop'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount'><driver type='nbd'/><source dir='/tmp'/><target dir='b'/><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></filesystem><filesystem><driver type='ploop'/><source dir='/tmp'/><target dir='c'/></filesystem>"),
      errors: [
        { severity: 'error', near: "<driver type='|loop'", message: /driver 'loop' belongs to the container drivers/ },
        { severity: 'error', near: "<driver type='|nbd'", message: /driver 'nbd'/ },
        { severity: 'error', near: "<driver type='|ploop'", message: /driver 'ploop'/ },
      ],
    },
    {
      name: "errs on type='file' (fmode without mapped access: filesystem-mode-requires-mapped)",
      code: addDevices(SEED, "<filesystem type='file' accessmode='passthrough'><source file='/tmp/x.img'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough' fmode='644'><source dir='/tmp'/><target dir='b'/></filesystem>"),
      errors: [{ severity: 'error', near: "<filesystem type='|file'" }],
    },
  ],
});

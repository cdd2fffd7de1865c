import { expect } from 'chai';
import rule from '../../rules/filesystem-type-mount.js';
import { lintText } from '../../src/linter/lint.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts 9p shares with drivers 'path' and 'handle'", code: addDevices(SEED, "<filesystem type='mount' accessmode='passthrough'><driver type='path'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough'><driver type='handle'/><source dir='/srv'/><target dir='b'/></filesystem>") },
    { name: "accepts an explicit type='mount' share", code: addDevices(SEED, "<filesystem type='mount' accessmode='squash'><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    // libvirt's schema takes no type='volume' <filesystem> (nor a misspelled type): the grammar reports it, and only it (below).
    { name: "leaves type='volume' and a misspelled type to the schema", code: addDevices(SEED, "<filesystem type='volume' accessmode='mapped'><source pool='pool1' volume='vol'/><target dir='a'/></filesystem><filesystem type='mnt'><source dir='/tmp'/><target dir='b'/></filesystem>") },
  ],
  invalid: [
    {
      name: "errs on the other types libvirt's schema takes: block, bind, template and ram, at the type",
      code: addDevices(SEED, "<filesystem type='block'><source dev='/dev/sdb'/><target dir='a'/></filesystem><filesystem type='bind'><source dir='/tmp'/><target dir='b'/></filesystem><filesystem type='template'><source name='t'/><target dir='c'/></filesystem><filesystem type='ram'><source usage='1024'/><target dir='d'/></filesystem>"),
      errors: [
        { severity: 'error', near: "<filesystem type='|block'", message: /not 'block' filesystems/ },
        { near: "<filesystem type='|bind'" },
        { near: "<filesystem type='|template'" },
        { near: "<filesystem type='|ram'" },
      ],
    },
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

describe('filesystem-type-mount and the schema: one report a cause', () => {
  // virt-install's many-devices document (the corpus) writes this share; the rule and schema/invalid-value both reported its type.
  const volume = addDevices(SEED, "<filesystem type='volume' accessmode='mapped'><source pool='pool1' volume='vol'/><target dir='/foo'/></filesystem>");
  it("type='volume': the schema's invalid value only, at the type", async () => {
    const r = await lintText(volume);
    const value = volume.indexOf("<filesystem type='volume'") + "<filesystem type='".length;
    const at = r.diagnostics.filter((d) => d.range.start.offset === value);
    expect(at.map((d) => d.ruleId)).to.deep.equal(['schema/invalid-value']);
  });
  it("type='file': the rule only (the schema takes it)", async () => {
    const file = addDevices(SEED, "<filesystem type='file' accessmode='mapped'><source file='/var/lib/x.img'/><target dir='/foo'/></filesystem>");
    const r = await lintText(file);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).to.deep.equal(['filesystem-type-mount']);
  });
});

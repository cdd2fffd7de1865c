/**
 * RuleTester on plugin rules, as docs/plugins.md ("Testing plugin rules") tells plugin authors to
 * test theirs: the example plugin's two rules (examples/plugins/acme-plugin), loaded with
 * `pluginRules` exactly as a configuration loads them, in valid/invalid tables.
 */
import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pluginRules, RuleTester, runRule, type Plugin } from '../../src/index.js';
import { EXAMPLES } from '../helpers/paths.js';

const acme = ((await import(pathToFileURL(path.join(EXAMPLES, 'plugins/acme-plugin/index.mjs')).href)) as { default: Plugin }).default;
const rules = pluginRules('acme', acme);

/** A small guest; `devices` goes inside <devices>. */
const guest = (devices: string): string => `<domain type='kvm'>
  <name>t</name>
  <memory unit='MiB'>512</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
${devices}
  </devices>
</domain>
`;
const nic = (model: string): string => `    <interface type='network'><source network='default'/><model type='${model}'/></interface>`;
const disk = (driver: string, device = 'disk'): string =>
  `    <disk type='file' device='${device}'>${driver}<source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/></disk>`;

describe('pluginRules: the example plugin as a configuration loads it', () => {
  it('gives each rule its full id, default severity and docs', () => {
    expect(Object.keys(rules)).to.deep.equal(['interface-model', 'disk-io-native']);
    expect(Object.values(rules).map((r) => [r.meta.id, r.meta.defaultSeverity, r.meta.fixable ?? false])).to.deep.equal([
      ['acme/interface-model', 'error', false],
      ['acme/disk-io-native', 'warning', true],
    ]);
    expect(rules['disk-io-native']!.meta.docs).to.equal('https://github.com/virtlint/virtlint/blob/main/examples/plugins/README.md#acmedisk-io-native');
  });

  it("checks a plugin rule's reports under RuleTester too (a report without a range is the plugin's error)", () => {
    const bad = pluginRules('bad', { rules: { 'no-range': { meta: { description: 'reports without a range' }, check: (_d, context) => context.report({ message: 'x' } as never) } } });
    expect(() => runRule(bad['no-range']!, guest(nic('e1000')))).to.throw(/needs a range/);
    expect(() => pluginRules('bad', { rules: { x: { meta: {}, check: () => undefined } } } as never)).to.throw(/meta.description/);
  });
});

const tester = new RuleTester();

tester.run(rules['interface-model']!, {
  valid: [
    { name: 'a virtio NIC (the default allow-list)', code: guest(nic('virtio')) },
    // No <model>: libvirt picks one; the rule judges only what is written.
    { name: 'a NIC without <model>', code: guest(`    <interface type='network'><source network='default'/></interface>`) },
    { name: 'a model the options allow', code: guest(nic('e1000')), options: [{ allow: ['virtio', 'e1000'] }] },
  ],
  invalid: [
    {
      name: 'e1000 reported at the value of <model type>',
      code: guest(nic('e1000')),
      errors: [{ message: "Interface model 'e1000' is not allowed here (allowed: virtio)", severity: 'error', near: "<model type='|e1000'/>", endColumn: nic('e1000').indexOf("e1000'") + 6 }],
      output: null,
    },
    {
      name: 'an allow-list from the options; each NIC reported at its model',
      code: guest(`${nic('rtl8139')}\n${nic('virtio-non-transitional')}\n${nic('e1000e')}`),
      options: [{ allow: ['virtio', 'virtio-non-transitional'] }],
      errors: [
        { message: "Interface model 'rtl8139' is not allowed here (allowed: virtio, virtio-non-transitional)", near: "type='|rtl8139'" },
        { message: /'e1000e' is not allowed/, near: "type='|e1000e'" },
      ],
    },
  ],
});

tester.run(rules['disk-io-native']!, {
  valid: [
    { name: "io='native' with cache='none'", code: guest(disk("<driver name='qemu' type='raw' cache='none' io='native'/>")) },
    { name: 'a cdrom (not a disk) keeps its defaults', code: guest(disk("<driver name='qemu' type='raw'/>", 'cdrom')) },
    { name: 'a disk without <driver>', code: guest(disk('')) },
  ],
  invalid: [
    {
      name: 'no io and no cache: the fix adds both after the last attribute',
      code: guest(disk("<driver name='qemu' type='qcow2'/>")),
      errors: [{ message: "Disk 'vda' has no io='native' on its <driver>", severity: 'warning', near: '<|driver' }],
      output: guest(disk("<driver name='qemu' type='qcow2' cache='none' io='native'/>")),
    },
    {
      name: 'a cache mode already written: the fix adds only io',
      code: guest(disk("<driver cache='directsync' name='qemu'/>")),
      errors: [{ near: '<|driver' }],
      output: guest(disk("<driver cache='directsync' name='qemu' io='native'/>")),
    },
    {
      name: 'another io mode: reported at its value, no fix',
      code: guest(disk("<driver name='qemu' cache='none' io='threads'/>")),
      errors: [{ message: "Disk 'vda' uses io='threads'; use io='native'", near: "io='|threads'" }],
      output: null,
    },
  ],
});

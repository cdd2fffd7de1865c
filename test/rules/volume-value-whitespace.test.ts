import rule from '../../rules/volume-value-whitespace.js';
import { volume, volumeRuleTester, volumeWithTarget } from './volume-helpers.js';

const SECRET = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>";
const encrypted = (attrs: string, secret = SECRET): string => volumeWithTarget(`<format type='raw'/>\n    <encryption ${attrs}>\n      ${secret}\n    </encryption>`);
const typed = (type: string): string => `<volume type='${type}'>\n  <name>vol15-test.img</name>\n  <capacity unit='MiB'>1</capacity>\n  <allocation>0</allocation>\n  <target/>\n</volume>\n`;

volumeRuleTester.run(rule, {
  valid: [
    { name: 'names written exactly', code: encrypted("format='luks' engine='qemu'") },
    { name: 'volume type block', code: typed('block') },
    { name: 'a backing store format', code: volume("<target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.qcow2</path>\n    <format type='qcow2'/>\n  </backingStore>") },
  ],
  invalid: [
    {
      name: "volume type 'file '",
      code: typed('file '),
      errors: [{ near: "type='|file '", message: "<volume type='file '> has white space around 'file': libvirt compares the value exactly and refuses the volume. Write type='file'" }],
      output: typed('file'),
    },
    { name: "format ' raw'", code: volumeWithTarget("<format type=' raw'/>"), errors: [{ near: "type='| raw'", message: /^<format type=' raw'> has white space around 'raw'/ }], output: volumeWithTarget("<format type='raw'/>") },
    {
      name: "a backing store's format 'qcow2 '",
      code: volume("<capacity>1024</capacity>\n  <target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.qcow2</path>\n    <format type='qcow2 '/>\n  </backingStore>"),
      errors: [{ near: "type='|qcow2 '" }],
    },
    { name: "encryption format 'luks '", code: encrypted("format='luks '"), errors: [{ near: "format='|luks '", message: /^<encryption format='luks '> has white space around 'luks'/ }], output: encrypted("format='luks'") },
    { name: "engine ' qemu'", code: encrypted("format='luks' engine=' qemu'"), errors: [{ near: "engine='| qemu'", message: /^<encryption engine=' qemu'> has white space around 'qemu'/ }] },
    {
      name: "secret type 'passphrase '",
      code: encrypted("format='luks'", "<secret type='passphrase ' usage='/var/lib/libvirt/images/a.img'/>"),
      errors: [{ near: "type='|passphrase '", message: /^<secret type='passphrase '> has white space around 'passphrase'/ }],
    },
  ],
});

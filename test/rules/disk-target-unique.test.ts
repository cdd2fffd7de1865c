import rule from '../../rules/disk-target-unique.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

// vdb, vdc, … vdz, vdaa, vdab, …: distinct names libvirt can map to disk indexes.
const name = (i: number): string => (i < 26 ? '' : String.fromCharCode(96 + Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
const many = Array.from({ length: 120 }, (_, i) => `<disk type='file' device='disk'><source file='/d${i}.img'/><target dev='vd${name(i + 1)}' bus='virtio'/></disk>`).join('\n');

ruleTester.run(rule, {
  valid: [{ name: 'stays quiet on distinct targets', code: SEED }],
  invalid: [
    {
      name: 'errs on the second disk that reuses a target',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='hdc' bus='virtio'/>"]),
      errors: [{ severity: 'error', near: "<target dev='|hdc' bus='ide'/>" }],
    },
    {
      name: 'reports every repeat once, in linear time over many disks',
      code: addDevices(SEED, many + "\n<disk type='file' device='disk'><source file='/x.img'/><target dev='vdb' bus='virtio'/></disk>"),
      errors: [{ severity: 'error', near: "<target dev='|vdb' bus='virtio'/></disk>", nth: 2 }],
    },
  ],
});

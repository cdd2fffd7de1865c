import rule from '../../rules/memory-device-slots.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const NUMA = "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>";
const withMax = (slots: number): string =>
  edit(SEED, [CUR, `<maxMemory slots='${slots}' unit='KiB'>4194304</maxMemory>${CUR}`], ["<clock offset='utc'/>", NUMA]);
const dimm = (address = ''): string => `<memory model='dimm'><target><size unit='KiB'>131072</size><node>0</node></target>${address}</memory>`;
const virtioMem =
  "<memory model='virtio-mem'><target><size unit='KiB'>131072</size><node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>0</requested></target></memory>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts DIMMs at distinct base addresses, '4294967296' being hex too (not 0x100000000)", code: addDevices(withMax(4), dimm("<address type='dimm' slot='1' base='0x100000000'/>") + dimm("<address type='dimm' slot='2' base='0x120000000'/>") + dimm("<address type='dimm' slot='3' base='4294967296'/>")) },
    { name: 'accepts as many devices as slots, and distinct slots below the count (1)', code: addDevices(withMax(2), dimm() + virtioMem) },
    { name: 'accepts as many devices as slots, and distinct slots below the count (2)', code: addDevices(withMax(2), dimm("<address type='dimm' slot='1'/>") + dimm("<address type='dimm' slot='0'/>")) },
    { name: 'accepts as many devices as slots, and distinct slots below the count (3)', code: withMax(2) },
    { name: 'errs when the NUMA cells plus the devices exceed <maxMemory>, at its value (2)', code: addDevices(edit(edit(SEED, ["<clock offset='utc'/>", NUMA]), [CUR, `<maxMemory slots='4' unit='KiB'>1441792</maxMemory>${CUR}`]), dimm() + dimm() + dimm()) },
  ],
  invalid: [
    {
      name: 'errs on a DIMM base address used twice, written with and without 0x (libvirt reads hex), at the second',
      code: addDevices(withMax(4), dimm("<address type='dimm' slot='1' base='0x100000000'/>") + dimm("<address type='dimm' slot='2' base='100000000'/>")),
      errors: [{ severity: 'error', near: "base='|100000000'", message: /already the base of the memory device on line \d+/ }],
    },
    {
      name: 'errs on memory devices without <maxMemory>, at the first device',
      code: addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), dimm() + dimm()),
      errors: [{ severity: 'error', near: '<|memory model' }],
    },
    {
      name: 'errs on more memory devices than slots, at the first one that does not fit (1)',
      code: addDevices(withMax(2), dimm() + virtioMem + virtioMem),
      errors: [{ severity: 'error', near: "<|memory model='virtio-mem'", nth: 2 }],
    },
    {
      name: 'errs on more memory devices than slots, at the first one that does not fit (2)',
      code: addDevices(withMax(2), dimm() + dimm() + dimm()),
      errors: [{ severity: 'error', near: "<|memory model='dimm'", nth: 3 }],
    },
    {
      name: 'errs on a DIMM slot past the slots and on a slot used twice (1)',
      code: addDevices(withMax(2), dimm("<address type='dimm' slot='2'/>")),
      errors: [{ severity: 'error', near: "slot='|2'" }],
    },
    {
      name: 'errs on a DIMM slot past the slots and on a slot used twice (2)',
      code: addDevices(withMax(2), dimm("<address type='dimm' slot='0'/>") + dimm("<address type='dimm' slot='0'/>")),
      errors: [{ severity: 'error', near: "slot='|0'", nth: 2 }],
    },
    {
      name: 'errs when the NUMA cells plus the devices exceed <maxMemory>, at its value (1)',
      code: addDevices(edit(edit(SEED, ["<clock offset='utc'/>", NUMA]), [CUR, `<maxMemory slots='4' unit='KiB'>1441791</maxMemory>${CUR}`]), dimm() + dimm() + dimm()),
      errors: [{ severity: 'error', near: '>|1441791<' }],
    },
  ],
});

import rule from '../../rules/boot-order-unsupported-device.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

/** The seed without <os><boot dev> (per-device boot orders cannot be mixed with them). */
const NO_OS_BOOT = edit(SEED, ["<boot dev='cdrom'/>", ''], ["<boot dev='hd'/>", '']);
const fs9p = (boot: string): string => `<filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='tag'/>${boot}</filesystem>`;

ruleTester.run(rule, {
  valid: [{ name: 'accepts a 9p filesystem without a boot order', code: addDevices(SEED, fs9p('')) }],
  invalid: [{ name: 'errs on a boot order on a 9p filesystem', code: addDevices(NO_OS_BOOT, fs9p("<boot order='1'/>")), errors: [{ severity: 'error', near: "<boot order='|1'", message: /9p/ }] }],
});

import rule from '../../rules/filesystem-handle-passthrough.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const fs = (attrs: string, driver = 'handle'): string => `<filesystem type='mount'${attrs}><driver type='${driver}'/><source dir='/tmp'/><target dir='t'/></filesystem>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the handle driver in passthrough mode, written or by default (1)', code: addDevices(SEED, fs(" accessmode='passthrough'")) },
    { name: 'accepts the handle driver in passthrough mode, written or by default (2)', code: addDevices(SEED, fs('')) },
    { name: 'accepts the path driver in mapped mode', code: addDevices(SEED, fs(" accessmode='mapped'", 'path')) },
  ],
  invalid: [
    {
      name: 'errs on the handle driver in mapped or squash mode, at the accessmode (1)',
      code: addDevices(SEED, fs(" accessmode='mapped'")),
      errors: [{ severity: 'error', near: "accessmode='|mapped'" }],
    },
    {
      name: 'errs on the handle driver in mapped or squash mode, at the accessmode (2)',
      code: addDevices(SEED, fs(" accessmode='squash'")),
      errors: [{ severity: 'error', near: "accessmode='|squash'" }],
    },
  ],
});

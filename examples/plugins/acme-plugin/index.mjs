/**
 * An example virtlint plugin with two rules (docs/plugins.md). A plugin is a plain object; it needs
 * nothing from virtlint at run time: rules read the typed model they are given and report ranges.
 *
 *   acme/interface-model   NIC models outside an allow-list (option: { allow: [...] })
 *   acme/disk-io-native    disks whose <driver> lacks io='native' (fix: add it, with cache='none')
 */

/** @type {import('virtlint').PluginRule} */
const interfaceModel = {
  meta: {
    description: 'Interface models outside the allow-list of the platform (default: virtio)',
    defaultSeverity: 'error',
    docs: { url: 'https://github.com/virtlint/virtlint/blob/main/examples/plugins/README.md#acmeinterface-model' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        additionalProperties: false,
      },
    ],
  },
  check(domain, context) {
    const allow = context.options[0]?.allow ?? ['virtio'];
    for (const nic of domain.devices.interfaces) {
      // nic.model is the Attr of <model type>: its range is the value inside the quotes.
      if (nic.model && !allow.includes(nic.model.value)) {
        context.report({ range: nic.model.range, message: `Interface model '${nic.model.value}' is not allowed here (allowed: ${allow.join(', ')})` });
      }
    }
  },
};

/** @type {import('virtlint').PluginRule} */
const diskIoNative = {
  meta: {
    description: "Disks without io='native' on their <driver>",
    defaultSeverity: 'warning',
    fixable: true,
    docs: { url: 'https://github.com/virtlint/virtlint/blob/main/examples/plugins/README.md#acmedisk-io-native' },
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const driver = disk.driver;
      if (disk.deviceKind !== 'disk' || !driver || driver.io?.value === 'native') continue;
      if (driver.io) {
        context.report({ range: driver.io.range, message: `Disk '${disk.target?.dev?.value ?? '?'}' uses io='${driver.io.value}'; use io='native'` });
        continue;
      }
      // The fix appends the attribute after the last attribute the model knows on <driver> (an Attr's
      // attributeRange covers name='value'), or after the element's name.
      const attrs = Object.values(driver).filter((v) => typeof v === 'object' && v !== null && 'attributeRange' in v);
      const at = Math.max(driver.nameRange.end.offset, ...attrs.map((a) => a.attributeRange.end.offset));
      // io='native' needs cache='none' or 'directsync' (libvirt refuses it otherwise): add cache too when absent.
      const text = driver.cache ? " io='native'" : " cache='none' io='native'";
      context.report({
        range: driver.nameRange,
        message: `Disk '${disk.target?.dev?.value ?? '?'}' has no io='native' on its <driver>`,
        fix: { description: `Add${text}`, edits: [{ start: at, end: at, text }] },
      });
    }
  },
};

export default {
  meta: { name: 'virtlint-plugin-acme', version: '1.0.0' },
  rules: { 'interface-model': interfaceModel, 'disk-io-native': diskIoNative },
};

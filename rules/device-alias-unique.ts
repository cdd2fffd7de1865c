import type { Located } from '../src/model/index.js';
import { devicesWithoutAliases } from '../src/model/console-alias.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'device-alias-unique',
    description: "two devices with the same user alias (<alias name='ua-…'>)",
    defaultSeverity: 'error',
    libvirtMessages: ['non unique alias detected: %s'],
  },
  check(domain, context) {
    // Made at the first user alias: most documents have none.
    let seen: Map<string, Located> | undefined;
    // The console aliasing serial port 0 shares the serial's identity; libvirt skips it.
    for (let i = 0, list = devicesWithoutAliases(domain); i < list.length; i++) {
      const d = list[i]!;
      const name = d.alias;
      if (!name || !name.value.startsWith('ua-')) continue;
      const first = seen?.get(name.value);
      if (!first) {
        (seen ??= new Map()).set(name.value, name);
        continue;
      }
      context.report({ range: name.range, message: `alias '${name.value}' is already used on line ${first.range.start.line}: libvirt refuses this domain. Aliases name devices and must be unique` });
    }
  },
});

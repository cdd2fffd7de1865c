import type { Text } from '../src/model/index.js';
import { defineRule, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'lifecycle-actions',
    description: "lifecycle actions QEMU domains cannot take: rename-restart anywhere, preserve on reboot or power-off",
    defaultSeverity: 'error',
    libvirtMessages: [
      "qemu driver doesn't support the 'rename-restart' action for 'on_reboot'/'on_poweroff'/'on_crash'",
      "qemu driver doesn't support the 'preserve' action for 'on_reboot'/'on_poweroff'",
    ],
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== 'qemu' && type !== 'kvm') return;
    // Three calls, not a loop over a table of tuples made per document.
    judge(context, 'on_poweroff', domain.lifecycle.poweroff);
    judge(context, 'on_reboot', domain.lifecycle.reboot);
    judge(context, 'on_crash', domain.lifecycle.crash);
  },
});

function judge(context: RuleContext, name: string, el: Text | undefined): void {
  const action = el?.value;
  if (!el || !action) return;
  if (action === 'rename-restart' || (action === 'preserve' && name !== 'on_crash')) {
    context.report({ range: el.contentRange, message: `QEMU domains cannot '${action}' on ${name.slice(3)}: libvirt refuses this domain. Use destroy or restart${name === 'on_crash' ? ' (or preserve, coredump-destroy, coredump-restart)' : ''}` });
  }
}

import type { Text } from '../src/model/index.js';
import { defineRule, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'lifecycle-actions',
    description: "lifecycle actions QEMU domains cannot take: rename-restart anywhere, preserve on reboot or power-off, restart on power-off while reboot destroys",
    defaultSeverity: 'error',
    libvirtMessages: [
      "qemu driver doesn't support the 'rename-restart' action for 'on_reboot'/'on_poweroff'/'on_crash'",
      "qemu driver doesn't support the 'preserve' action for 'on_reboot'/'on_poweroff'",
      "qemu driver doesn't support 'onReboot' set to 'destroy and 'onPoweroff' set to 'reboot'",
    ],
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== 'qemu' && type !== 'kvm') return;
    // Three calls, not a loop over a table of tuples made per document.
    judge(context, 'on_poweroff', domain.lifecycle.poweroff);
    judge(context, 'on_reboot', domain.lifecycle.reboot);
    judge(context, 'on_crash', domain.lifecycle.crash);
    // QEMU learns of a guest's reboot and power-off through one switch (-no-reboot): it cannot turn a
    // reboot into a stop while turning a power-off into a restart.
    const { poweroff, reboot } = domain.lifecycle;
    if (reboot?.value === 'destroy' && poweroff?.value === 'restart') {
      context.report({ range: poweroff.contentRange, message: `QEMU domains cannot restart on power-off while <on_reboot> (line ${reboot.range.start.line}) destroys: libvirt refuses this domain. Use destroy here, or restart on reboot` });
    }
  },
});

function judge(context: RuleContext, name: string, el: Text | undefined): void {
  const action = el?.value;
  if (!el || !action) return;
  if (action === 'rename-restart' || (action === 'preserve' && name !== 'on_crash')) {
    context.report({ range: el.contentRange, message: `QEMU domains cannot '${action}' on ${name.slice(3)}: libvirt refuses this domain. Use destroy or restart${name === 'on_crash' ? ' (or preserve, coredump-destroy, coredump-restart)' : ''}` });
  }
}

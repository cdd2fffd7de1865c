import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'perf-event-unique',
    description: '<perf> naming one <event> twice',
    defaultSeverity: 'error',
    libvirtMessages: ["perf event '%s' was already specified"],
  },
  check(domain, context) {
    const events = domain.perfEvents;
    if (events.length < 2) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const first = seen.get(e.value);
      if (first === undefined) seen.set(e.value, e.range.start.line);
      else context.report({ range: e.range, message: `perf event '${e.value}' is already set on line ${first}: libvirt refuses this domain, even when both say the same. Keep one <event name='${e.value}'>` });
    }
  },
});

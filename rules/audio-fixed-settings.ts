import type { AudioStream } from '../src/model/index.js';
import { defineRule, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'audio-fixed-settings',
    description: "<audio> <input>/<output> with fixedSettings='yes' without mixingEngine='yes'",
    defaultSeverity: 'error',
    libvirtMessages: ['fixed audio settings requires mixing engine'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.audios; i < list.length; i++) {
      const a = list[i]!;
      checkStream(context, a.input);
      checkStream(context, a.output);
    }
  },
});

function checkStream(context: RuleContext, stream: AudioStream | undefined): void {
  const fixed = stream?.fixedSettings;
  // libvirt 9.0 wants the mixing engine written on: fixedSettings='yes' alone is refused too.
  if (fixed?.value === 'yes' && stream!.mixingEngine?.value !== 'yes') {
    const mixing = stream!.mixingEngine;
    context.report({ range: fixed.attributeRange, message: `fixedSettings='yes' sets the format QEMU's mixing engine converts to, and <${stream!.tag}> ${mixing ? `turns the mixing engine off (mixingEngine='${mixing.value}')` : "does not turn it on (mixingEngine='yes')"}: libvirt refuses this domain. Add mixingEngine='yes' or remove fixedSettings` });
  }
}

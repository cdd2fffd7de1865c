import { defineSecretRule } from '../src/rule.js';
import { reportWhitespaceAround } from './volume-value-whitespace.js';

export default defineSecretRule({
  meta: {
    id: 'secret-value-whitespace',
    description: "white space around a secret's ephemeral or private flag or its usage type, which libvirt compares exactly",
    defaultSeverity: 'error',
    fixable: true,
    libvirtMessages: ["invalid value of '%s'", 'unknown secret usage type %s'],
  },
  check(secret, context) {
    reportWhitespaceAround(
      [
        ['secret', secret.ephemeral],
        ['secret', secret.private],
        ['usage', secret.usage?.type],
      ],
      'secret',
      context,
    );
  },
});

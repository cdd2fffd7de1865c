import type { CapabilityView } from './view.js';
import type { RuleContext } from '../rule.js';

/**
 * The capabilities a rule can use, or undefined after noting why the rule stays silent. An empty view
 * (host facts only) counts as no capabilities.
 */
export function usableCapabilities(context: RuleContext, ruleId: string): CapabilityView | undefined {
  const caps = context.capabilities;
  if (caps && !caps.isEmpty) return caps;
  context.note(`${ruleId}: no capabilities known for this emulator (use --caps FILE, settings.caps, or allow probing); not checked`);
  return undefined;
}

/** "a, b, c" (at most `max`, then "…"), for "the emulator offers: …" hints. */
export function listForMessage(values: readonly string[], max = 12): string {
  return values.length > max ? `${values.slice(0, max).join(', ')}, …` : values.join(', ');
}

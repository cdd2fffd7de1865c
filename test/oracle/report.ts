/** What the rules' oracle tier counts for one rule. */
export interface RuleStats {
  /** Documents built for this rule (its rule tests and generators), and how many of them were compared. */
  generated: number;
  compared: number;
  /** Compared documents built for this rule on which it did not fire. */
  nearMisses: number;
  /** Judged documents (from any source) on which the rule reported something. */
  fired: number;
  /** …of which schema-invalid for virtlint (judged per rule only), and with warnings only. */
  firedSchemaInvalid: number;
  warned: number;
  /** …on which libvirt agreed: refused where the rule reported an error, accepted where it only warned. */
  right: number;
  /** Errors libvirt refused where the rule was virtlint's only error, and of those with a message from the rule's `libvirtMessages`. */
  refusedAlone: number;
  messageMatched: number;
  /** Compared documents libvirt refused with one of the rule's messages, and how many the rule caught. */
  expected: number;
  caught: number;
  /** libvirt printed one of the rule's messages that another rule claiming it caught (left out of recall). */
  caughtByOther: number;
  /** Documents left out (host state, newer features) on which the rule fired, and of those with its message. */
  taggedFired: number;
  /** Which of the rule's `libvirtMessages` libvirt printed on compared documents, of how many. */
  readonly templatesSeen: Set<number>;
  readonly templates: number;
  taggedMessageMatched: number;
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(2));

/** The per-rule table, sorted by rule id, with the rules that cannot be exercised here and why. */
export function ruleTable(stats: ReadonlyMap<string, RuleStats>, notExercisable: Readonly<Record<string, string>>, hostOnly: Readonly<Record<string, string>>): string[] {
  const head = `${'rule'.padEnd(36)}  gen  cmp near fired (s-inv warn)  prec   msg  recall (caught/expected) msgs  tagged`;
  const rows = [...stats]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => {
      const note = notExercisable[id] ? '  [not exercisable]' : hostOnly[id] ? '  [host state only]' : '';
      return `${id.padEnd(36)} ${String(s.generated).padStart(4)} ${String(s.compared).padStart(4)} ${String(s.nearMisses).padStart(4)} ${String(s.fired).padStart(5)} (${String(s.firedSchemaInvalid).padStart(5)} ${String(s.warned).padStart(4)})  ${pct(s.right, s.fired).padStart(4)}  ${pct(s.messageMatched, s.refusedAlone).padStart(4)}  ${pct(s.caught, s.expected).padStart(4)} (${s.caught}/${s.expected}${s.caughtByOther ? ` +${s.caughtByOther} other` : ''})`.padEnd(105) + `${s.templatesSeen.size}/${s.templates}`.padEnd(6) + `${s.taggedFired ? `${s.taggedFired} (msg ${s.taggedMessageMatched})` : ''}${note}`;
    });
  const reasons = [...Object.entries(notExercisable), ...Object.entries(hostOnly)].sort(([a], [b]) => a.localeCompare(b)).map(([id, why]) => `  ${id}: ${why}`);
  return [head, ...rows, 'not exercisable here / only with host state:', ...reasons];
}

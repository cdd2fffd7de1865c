/**
 * Shared by the oracle tests that define a libvirt object other than a domain with virsh
 * (`net-define`, `pool-define`, `nwfilter-define`): define under a fresh name, undefine again, and say what libvirt said; virtlint's rule
 * errors and grammar messages for the same text; whether a rule's libvirtMessages claim a message;
 * the documents of the rules' RuleTester tables and pages; pinned verdicts as tests, and the
 * comparison of libvirt's verdicts with virtlint's over many documents.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RULES_BY_ID } from '../../rules/index.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { lintText } from '../../src/linter/lint.js';
import { VALUE_WHITESPACE_LIBVIRT_MESSAGES } from '../../src/schema/value-whitespace.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { firstError, type LibvirtVerdict, messagePattern, virsh } from './libvirt.js';

/** libvirt's verdict: refused with its error without `error: `, or accepted. */
export type Verdict = LibvirtVerdict;

/** The document under another name: its first <name>'s text replaced. */
const renameFirstName = (text: string, name: string): string => text.replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`);

/**
 * A definer for `virsh <command>-define` (`net`, `pool`, `nwfilter`): each call writes the document under
 * the next name `${prefix}<n>` (`rename` puts it in; by default it replaces the first <name>), defines it,
 * undefines it again, and says what libvirt said; with `validate`, libvirt first checks it against its
 * own schemas (`--validate`).
 */
export function definer(command: 'net' | 'pool' | 'nwfilter', prefix: string, rename = renameFirstName): (dir: string, text: string, validate?: boolean) => Verdict {
  let serial = 0;
  return (dir, text, validate = false) => {
    const name = `${prefix}${serial++}`;
    const file = path.join(dir, `${name}.xml`);
    fs.writeFileSync(file, rename(text, name));
    const r = virsh([`${command}-define`, ...(validate ? ['--validate'] : []), file]);
    if (!r.ok) return { accepted: false, message: firstError(r.stderr).trim() };
    const u = virsh([`${command}-undefine`, name]);
    if (!u.ok) throw new Error(`could not undefine ${name}: ${u.stderr}`);
    return { accepted: true };
  };
}

/**
 * The grammar step's findings that libvirt's own schema does not share (it compares values as tokens
 * too) and libvirt's parser refuses: compared like rule errors, not with the schema.
 */
const PARSER_IDS: ReadonlySet<string> = new Set([DIAGNOSTIC_IDS.schemaValueWhitespace, DIAGNOSTIC_IDS.schemaValueWhitespaceIgnored]);
export const isParserFinding = (id: string): boolean => PARSER_IDS.has(id);

/** virtlint's errors from bundled rules (not plugins', not the grammar's; schema/value-whitespace counts as a rule) as ids, and the grammar's messages. */
export async function ruleErrors(text: string, filePath: string): Promise<{ ids: string[]; schema: string[] }> {
  const r = await lintText(text, { filePath });
  return {
    ids: r.diagnostics.filter((d) => d.severity === 'error' && (!d.ruleId.includes('/') || isParserFinding(d.ruleId))).map((d) => d.ruleId),
    schema: r.diagnostics.filter((d) => (d.ruleId.startsWith('schema/') && !isParserFinding(d.ruleId)) || d.ruleId.startsWith('xml/')).map((d) => d.message),
  };
}

/** Whether one of the rule's libvirtMessages (schema/value-whitespace's: VALUE_WHITESPACE_LIBVIRT_MESSAGES) matches libvirt's message. */
export const claims = (id: string, message: string | undefined): boolean =>
  message !== undefined && (RULES_BY_ID.get(id)?.meta.libvirtMessages ?? (id === DIAGNOSTIC_IDS.schemaValueWhitespace ? VALUE_WHITESPACE_LIBVIRT_MESSAGES : [])).some((t) => messagePattern(t).test(message));

/**
 * Every document the RuleTester tables of the rules named `<prefix>*` lint (their helpers write them
 * to the directory in `dumpVariable` when it is set), from a child mocha run over dist/test/rules.
 */
export function ruleTestDocuments(prefix: string, dumpVariable: string, dir: string): string[] {
  const testDir = path.join(REPO_ROOT, 'dist/test/rules');
  const files = fs.readdirSync(testDir).filter((f) => f.startsWith(prefix) && f.endsWith('.test.js') && f !== `${prefix}rule-api.test.js`).map((f) => path.join(testDir, f));
  const r = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/mocha'), ['--no-config', '--reporter', 'dot', ...files], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, [dumpVariable]: dir }, timeout: 120000 });
  if (r.status !== 0) throw new Error(`the ${prefix}* rule tests failed:\n${r.stdout}${r.stderr}`);
  return fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The ```xml examples of the pages of the rules named `<prefix>*`. */
export function pageExamples(prefix: string): { name: string; text: string }[] {
  const docs = path.join(REPO_ROOT, 'docs/rules');
  return fs
    .readdirSync(docs)
    .filter((f) => f.startsWith(prefix))
    .sort()
    .flatMap((f) => [...fs.readFileSync(path.join(docs, f), 'utf8').matchAll(/```xml\n([\s\S]*?)```/g)].map((m, i) => ({ name: `${f} example ${i + 1}`, text: m[1]! })));
}

/** A pinned verdict of libvirt's on one document, and the rule that reports it. */
export interface PinnedCase {
  readonly name: string;
  readonly text: string;
  /** A piece of libvirt's message; undefined when libvirt defines the document. */
  readonly refuses?: string;
  /** The rule that reports it (alone). */
  readonly rule?: string;
}

/** Defines a document (with `validate`, against libvirt's own schemas first) and says what libvirt said. */
export type Define = (text: string, validate?: boolean) => Verdict;
/** virtlint's rule errors and grammar messages for a document ({@link ruleErrors} with a file name). */
export type Errors = (text: string) => Promise<{ ids: string[]; schema: string[] }>;

/**
 * One test per pinned case: libvirt's verdict is the pinned one, virtlint's grammar takes the
 * document, its rule errors are the case's rule alone, and that rule's libvirtMessages claim
 * libvirt's message. `verb` says what libvirt does with a document it takes (`vol-create` creates it).
 */
export function itAgreesOnPinned(cases: readonly PinnedCase[], define: Define, errors: Errors, verb: { readonly does: string; readonly done: string } = { does: 'defines', done: 'defined' }): void {
  for (const c of cases) {
    it(`${c.name}: libvirt ${c.refuses ? `refuses it (${c.refuses})` : `${verb.does} it`}, and virtlint agrees`, async function () {
      const theirs = define(c.text);
      if (c.refuses) expect(theirs.message ?? verb.done, 'libvirt').to.include(c.refuses);
      else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
      const ours = await errors(c.text);
      expect(ours.schema, "virtlint's grammar").to.deep.equal([]);
      expect(ours.ids, 'virtlint rule errors').to.deep.equal(c.rule ? [c.rule] : []);
      if (c.rule) expect(claims(c.rule, theirs.message), `${c.rule}'s libvirtMessages match '${theirs.message}'`).to.equal(true);
    });
  }
}

/** The corpus documents (../shared/corpus) whose root element is `root`. */
export function corpusDocuments(root: string): { name: string; text: string }[] {
  if (!fs.existsSync(CORPUS)) return [];
  const rooted = new RegExp(`^\\s*(?:<\\?xml[^>]*>\\s*)?<${root}[\\s>]`);
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => ({ name: `corpus ${f}`, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') }))
    .filter((c) => rooted.test(c.text));
}

/**
 * The documents a kind's rules are compared with libvirt on: every document of the RuleTester tables of
 * the rules named `<prefix>*` ({@link ruleTestDocuments}, dumped below `dir`), every example of their
 * pages, and the corpus documents whose root element is `root` (also on their own).
 */
export function rulesDocuments(prefix: string, dumpVariable: string, root: string, dir: string): { documents: { name: string; text: string }[]; corpus: { name: string; text: string }[] } {
  const corpus = corpusDocuments(root);
  const tables = ruleTestDocuments(prefix, dumpVariable, path.join(dir, 'harvest')).map((text, i) => ({ name: `rule test document ${i + 1}`, text }));
  return { documents: [...tables, ...pageExamples(prefix), ...corpus], corpus };
}

export interface Comparison {
  /** Each disagreement, said with the document's name. */
  readonly problems: readonly string[];
  /** Documents libvirt refused. */
  readonly refused: number;
  /** Documents virtlint's grammar refused (and libvirt's schema too, or it is a problem). */
  readonly schemaInvalid: number;
  /** Documents left out by `skip`. */
  readonly skipped: number;
}

/**
 * libvirt's verdict against virtlint's on each document. A document virtlint's grammar refuses must
 * be refused by libvirt's schema too (`define(text, true)`); on the others libvirt refuses ⇔ a rule
 * errs, and then a reporting rule's libvirtMessages claim libvirt's message. `skip` leaves out what
 * this host cannot judge (a pool type without a backend).
 */
export async function compareVerdicts(documents: readonly { name: string; text: string }[], define: Define, errors: Errors, skip: (theirs: Verdict) => boolean = () => false): Promise<Comparison> {
  const problems: string[] = [];
  let refused = 0;
  let schemaInvalid = 0;
  let skipped = 0;
  for (const d of documents) {
    const theirs = define(d.text);
    const ours = await errors(d.text);
    if (skip(theirs)) {
      skipped++;
      continue;
    }
    if (!theirs.accepted) refused++;
    if (ours.schema.length > 0) {
      schemaInvalid++;
      const validated = define(d.text, true);
      if (validated.accepted || !/failed to validate against schema/.test(validated.message ?? '')) problems.push(`${d.name}: the grammar refuses it (${ours.schema[0]}), libvirt's schema ${validated.accepted ? 'takes it' : `does not say so (${validated.message})`}`);
    } else if (theirs.accepted !== (ours.ids.length === 0)) problems.push(`${d.name}: libvirt ${theirs.accepted ? 'defines it' : `refuses it (${theirs.message})`}, virtlint ${ours.ids.join(', ') || 'reports no error'}:\n${d.text}`);
    else if (!theirs.accepted && !ours.ids.some((id) => claims(id, theirs.message))) problems.push(`${d.name}: no reporting rule (${ours.ids.join(', ')}) claims '${theirs.message}'`);
  }
  return { problems, refused, schemaInvalid, skipped };
}

/**
 * The playground page: a text area over a highlighted copy of its text. Each edit is linted in the
 * page (virtlint bundled for the browser, no server) and the findings are marked at their exact
 * ranges, counted in the gutter, and listed with their rule's documentation one click away.
 *
 * The overlay: a <pre> behind a transparent <textarea>, same font and metrics, so the marks sit under
 * the characters they concern; the text area keeps the caret, selection, undo and input methods.
 */
import { type Diagnostic, docsUrlFor, type LintResult, lintSource, RULE_COUNT, useCompiledGrammars } from '../src/browser.js';

declare const __VIRTLINT_EXAMPLES__: Record<string, string>;
/** The bundled grammar compiled at build time, one entry per document kind (scripts/build-playground.mjs). */
declare const __VIRTLINT_GRAMMARS__: Record<string, unknown>;
declare const __VIRTLINT_VERSION__: string;

const EXAMPLES = __VIRTLINT_EXAMPLES__;
/** Where this script was loaded from (the page's folder, file:// or http): models/ is beside it. Read while the script first runs. */
const SCRIPT_URL = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
/** What each model script handed over (its JSON text), by kind, until its load event takes it. */
const handed = new Map<string, string>();
(window as unknown as { virtlintModel: (kind: string, json: string) => void }).virtlintModel = (kind, json) => void handed.set(kind, json);
/**
 * The grammar index's model of a kind, from the page's own models/<kind>.js, loaded when a document
 * first needs it (scripts/build-playground.mjs). A <script> element, not a fetch: a page opened from
 * the file system may load scripts beside it but fetch nothing, and this way it gets the same
 * findings as a served one. The script runs before its load event, which reads what it handed over.
 */
function loadModel(kind: string): Promise<unknown> {
  const name = `models/${kind}.js`;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.onload = () => {
      script.remove();
      const json = handed.get(kind);
      handed.delete(kind);
      try {
        if (json === undefined) throw new Error(`${name} gave no model`);
        resolve(JSON.parse(json));
      } catch (e) {
        reject(e);
      }
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${name} could not be loaded`));
    };
    script.src = new URL(name, SCRIPT_URL).href;
    document.head.append(script);
  });
}
useCompiledGrammars(__VIRTLINT_GRAMMARS__, loadModel);
/** Between the last keystroke and the lint (as the language server waits). */
const DEBOUNCE_MS = 120;

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`playground: ${selector} missing`);
  return el;
};

const input = $<HTMLTextAreaElement>('#source');
const highlight = $<HTMLElement>('#highlight');
const gutter = $<HTMLElement>('#gutter');
const list = $<HTMLOListElement>('#diagnostics');
const summary = $<HTMLElement>('#summary');
const notes = $<HTMLElement>('#notes');
const notesBox = $<HTMLDetailsElement>('#notes-box');
const picker = $<HTMLSelectElement>('#example');

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** A diagnostic's [start, end) by offset; an empty range is widened to one character so it shows. */
function span(d: Diagnostic, length: number): [number, number] {
  const start = Math.min(d.range.start.offset, length);
  const end = Math.min(Math.max(d.range.end.offset, start + 1), length);
  return [start, Math.max(end, start)];
}

/**
 * The text as HTML with every diagnostic range in a <mark>. Overlapping ranges are cut into
 * segments at every boundary; a segment shows the most severe of the findings covering it.
 */
function highlighted(text: string, diagnostics: readonly Diagnostic[]): string {
  const spans = diagnostics.map((d) => ({ d, at: span(d, text.length) })).filter((s) => s.at[1] > s.at[0]);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => s.at)])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i] as number, cuts[i + 1] as number];
    const piece = escapeHtml(text.slice(from, to));
    const over = spans.filter((s) => s.at[0] <= from && s.at[1] >= to).map((s) => s.d);
    if (over.length === 0) {
      html += piece;
      continue;
    }
    const severity = over.some((d) => d.severity === 'error') ? 'error' : 'warning';
    const title = over.map((d) => `${d.ruleId}: ${d.message}`).join('\n');
    html += `<mark class="${severity}" data-rule="${escapeHtml(over.map((d) => d.ruleId).join(' '))}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  // A final newline needs a character after it, or the <pre> is one line short of the text area.
  return `${html}\n`;
}

function renderGutter(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = text.split('\n').length;
  const worst = new Map<number, string>();
  for (const d of diagnostics) {
    for (let l = d.range.start.line; l <= d.range.end.line; l++) if (worst.get(l) !== 'error') worst.set(l, d.severity);
  }
  let html = '';
  for (let l = 1; l <= lines; l++) html += `<div class="${worst.get(l) ?? ''}">${l}</div>`;
  gutter.innerHTML = html;
}

/** Replaces [start, end) of the text area's text as typing would (undo keeps working where supported). */
function replaceRange(start: number, end: number, text: string): void {
  input.focus();
  input.setSelectionRange(start, end);
  if (!document.execCommand('insertText', false, text)) {
    input.setRangeText(text, start, end, 'end');
    input.dispatchEvent(new Event('input'));
  }
}

function renderList(result: LintResult): void {
  list.innerHTML = '';
  for (const d of result.diagnostics) {
    const li = document.createElement('li');
    li.className = `diagnostic ${d.severity}`;
    li.dataset.rule = d.ruleId;
    li.dataset.line = String(d.range.start.line);
    li.dataset.column = String(d.range.start.column);
    li.innerHTML =
      `<button class="position" title="Select in the editor">${d.range.start.line}:${d.range.start.column}</button>` +
      `<span class="severity">${d.severity}</span>` +
      `<span class="message">${escapeHtml(d.message)}</span>` +
      `<a class="rule" href="${escapeHtml(docsUrlFor(d.ruleId))}" target="_blank" rel="noopener">${escapeHtml(d.ruleId)}</a>`;
    li.querySelector('.position')?.addEventListener('click', () => {
      input.focus();
      input.setSelectionRange(d.range.start.offset, Math.max(d.range.end.offset, d.range.start.offset));
    });
    const fix = d.fix;
    if (fix) {
      const button = document.createElement('button');
      button.className = 'fix';
      button.textContent = fix.description;
      // Edits from the end backwards, so earlier offsets stay valid.
      button.addEventListener('click', () => {
        for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) replaceRange(e.start, e.end, e.text);
      });
      li.append(button);
    }
    list.append(li);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  summary.className = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'clean';
  summary.textContent =
    result.diagnostics.length === 0
      ? 'No problems'
      : `${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  // Notes say what was not checked (no grammar engine, no capabilities): useful, but not problems.
  notes.innerHTML = result.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  notesBox.hidden = result.notes.length === 0;
  ($('#notes-box summary') as HTMLElement).textContent = `Notes: what was not checked (${result.notes.length})`;
}

/** The findings of the last lint, for the line under the editor that tells what is at the caret. */
let shown: readonly Diagnostic[] = [];
const atCursor = $<HTMLElement>('#at-cursor');

function showAtCursor(): void {
  const at = input.selectionStart;
  const here = shown.filter((d) => d.range.start.offset <= at && at <= Math.max(d.range.end.offset, d.range.start.offset + 1));
  const first = here[0];
  atCursor.className = first ? first.severity : '';
  atCursor.textContent = first ? `${first.ruleId}: ${first.message}${here.length > 1 ? ` (+${here.length - 1} more)` : ''}` : 'Move the caret onto a marked range to read its finding here.';
}

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function lintNow(): Promise<void> {
  const mine = ++generation;
  const text = input.value;
  let result: LintResult;
  const started = performance.now();
  try {
    result = await lintSource(text);
  } catch (e) {
    result = { filePath: 'domain.xml', notes: [`virtlint failed: ${(e as Error).message}`], diagnostics: [] };
  }
  // A newer edit is being linted: its result will be drawn.
  if (mine !== generation || text !== input.value) return;
  highlight.innerHTML = highlighted(text, result.diagnostics);
  renderGutter(text, result.diagnostics);
  renderList(result);
  shown = result.diagnostics;
  showAtCursor();
  // How long the lint took (not the drawing), for the tests' measurements.
  document.body.dataset.lintMs = (performance.now() - started).toFixed(1);
  document.body.dataset.linted = String(mine);
}

function schedule(): void {
  clearTimeout(timer);
  // The marks of the old text would sit on the wrong characters: show the plain text until the lint is back.
  highlight.textContent = `${input.value}\n`;
  timer = setTimeout(() => void lintNow(), DEBOUNCE_MS);
}

function syncScroll(): void {
  highlight.style.transform = `translate(${-input.scrollLeft}px, ${-input.scrollTop}px)`;
  gutter.style.transform = `translateY(${-input.scrollTop}px)`;
}

input.addEventListener('input', () => {
  // Once edited, the text is the user's, not the example the picker names.
  if (picker.value && input.value !== EXAMPLES[picker.value]) picker.value = '';
  schedule();
});
input.addEventListener('scroll', syncScroll);
document.addEventListener('selectionchange', () => {
  if (document.activeElement === input) showAtCursor();
});
// Tab inserts two spaces (as the examples are indented) instead of leaving the editor.
input.addEventListener('keydown', (e) => {
  if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    replaceRange(input.selectionStart, input.selectionEnd, '  ');
  }
});

picker.append(new Option('(your document)', ''));
for (const name of Object.keys(EXAMPLES)) picker.append(new Option(name, name));
picker.addEventListener('change', () => {
  if (!picker.value) return;
  input.value = EXAMPLES[picker.value] ?? '';
  schedule();
});

$('#version').textContent = `virtlint ${__VIRTLINT_VERSION__} · ${RULE_COUNT} rules`;
const first = 'seed-disk-ioeventfd.xml';
picker.value = first in EXAMPLES ? first : (Object.keys(EXAMPLES)[0] ?? '');
input.value = EXAMPLES[picker.value] ?? '';
void lintNow();

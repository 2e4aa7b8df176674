/**
 * Formatted text from the CSL processor, as runs of text with their styles, so that one rendering
 * of a citation serves plain text, HTML (clipboard, printable export), Word and Markdown alike.
 *
 * citeproc-js writes its output through an output format: a table of templates for italics, bold
 * and so on. We register one more format that marks styled text with private-use characters the
 * processor strips from the data first, and read the marks back as runs — no HTML parsing, and no
 * way for a title to smuggle markup into the output.
 */
import CSL from 'citeproc';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RichRun, RichText } from '../../../shared/types';

export type { RichRun, RichText };

/** The citeproc-js output format name under which `registerRichFormat` installs the marks. */
export const RICH_FORMAT = 'briefing-reader-rich';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

type Style = Omit<RichRun, 'text'>;

/** What each mark sets; `r`, `w`, `v`, `n` and `=` switch a style off inside a styled stretch. */
const MARKS: Record<string, Style> = {
  i: { italic: true },
  r: { italic: false },
  b: { bold: true },
  w: { bold: false },
  s: { smallCaps: true },
  v: { smallCaps: false },
  u: { underline: true },
  n: { underline: false },
  '^': { position: 'sup' },
  _: { position: 'sub' },
  '=': { position: undefined }
};

/** Installs the rich output format on citeproc-js (once; later calls do nothing). */
export function registerRichFormat(): void {
  const formats = CSL.Output.Formats;
  if (formats[RICH_FORMAT]) return;
  const mark = (code: string) => `${OPEN}${code}%%STRING%%${CLOSE}`;
  formats[RICH_FORMAT] = {
    ...formats.text,
    text_escape: (text: string) => (text ?? '').replace(MARKERS, ''),
    '@font-style/italic': mark('i'),
    '@font-style/oblique': mark('i'),
    '@font-style/normal': mark('r'),
    '@font-weight/bold': mark('b'),
    '@font-weight/normal': mark('w'),
    '@font-variant/small-caps': mark('s'),
    '@font-variant/normal': mark('v'),
    '@text-decoration/underline': mark('u'),
    '@text-decoration/none': mark('n'),
    '@vertical-align/sup': mark('^'),
    '@vertical-align/sub': mark('_'),
    '@vertical-align/baseline': mark('=')
  };
}

/** Reads the processor's marked output back as runs; adjacent runs with the same styles merge. */
export function parseRichOutput(output: string): RichText {
  const runs: RichText = [];
  const stack: Style[] = [{}];
  let text = '';
  const flush = () => {
    if (text === '') return;
    const style = stack[stack.length - 1]!;
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, style)) last.text += text;
    else runs.push({ text, ...definedStyles(style) });
    text = '';
  };
  for (let i = 0; i < output.length; i++) {
    const char = output[i]!;
    if (char === OPEN) {
      flush();
      const code = output[++i] ?? '';
      stack.push({ ...stack[stack.length - 1], ...MARKS[code] });
    } else if (char === CLOSE) {
      flush();
      if (stack.length > 1) stack.pop();
    } else text += char;
  }
  flush();
  return trimRuns(runs);
}

function definedStyles(style: Style): Style {
  return Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined && value !== false));
}

function sameStyle(a: Style, b: Style): boolean {
  const keys: Array<keyof Style> = ['italic', 'bold', 'smallCaps', 'underline', 'position'];
  return keys.every((key) => (a[key] || undefined) === (b[key] || undefined));
}

/** Drops the line break citeproc-js ends a bibliography entry with, and leading blanks. */
function trimRuns(runs: RichText): RichText {
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return runs.filter((run) => run.text !== '');
}

/** Unstyled text of the runs. */
export function plainText(runs: RichText): string {
  return runs.map((run) => run.text).join('');
}

/** Runs from plain text (a quotation, a heading). */
export function richFromPlain(text: string): RichText {
  return text === '' ? [] : [{ text }];
}

/** The runs as hast nodes (`<i>`, `<b>`, `<sup>`, …), for hast-util-to-html, which escapes the text. */
export function richToHast(runs: RichText): ElementContent[] {
  return runs.map((run) => {
    let node: ElementContent = { type: 'text', value: run.text };
    const wrap = (element: Element) => {
      element.children = [node];
      node = element;
    };
    if (run.position) wrap(h(run.position));
    if (run.smallCaps) wrap(h('span', { style: 'font-variant: small-caps' }));
    if (run.underline) wrap(h('u'));
    if (run.bold) wrap(h('b'));
    if (run.italic) wrap(h('i'));
    return node;
  });
}

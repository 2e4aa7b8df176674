/**
 * Inline markup of the EPRS plain-text layout → the text a reader sees plus spans over it.
 *
 * The converter that produced these files writes a small Markdown-like subset: `[text](#)` links
 * whose target was lost, `[text](http://…)` and `<http://…>` links, `[^N]` note calls, `*italic*`,
 * `**bold**` and backslash escapes (`US\$`). We read exactly that subset by hand rather than with a
 * CommonMark parser because the converter does not follow CommonMark: it writes emphasis that
 * CommonMark's flanking rules leave as literal asterisks (`Berlin*,*`, `(**FRT)**`), and it writes
 * note calls in lines that have no note definition in the same paragraph, which GFM would print
 * as text. We also need the offsets of every span in the rendered text (UTF-16 units), which is
 * what this module returns directly.
 *
 * The scan is linear: link brackets are matched within a bounded window and emphasis delimiters
 * are paired with a stack, so a hostile line cannot make the import slow.
 */
import type { InlineSpan } from '../../model';

/** Rendered text with its spans. Note-call spans carry the label as printed (resolved later). */
export interface Fragment {
  text: string;
  spans: InlineSpan[];
}

/** Link text longer than this is not a link: a stray "[" must not make us scan a whole file. */
const MAX_LINK_TEXT = 2000;
/** Characters that may start markup; everything else is copied as is. */
const SPECIAL = /[\\[<*]/g;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const NOTE_CALL = /^\[\^([A-Za-z0-9_.-]{1,16})\]/;
const AUTOLINK = /^<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+)>/i;

type Token =
  | { type: 'text'; value: string }
  | { type: 'link'; inner: string; href: string | null }
  | { type: 'autolink'; url: string }
  | { type: 'note'; label: string }
  | Delimiter;

interface Delimiter {
  type: 'delim';
  /** How many asterisks are left unpaired (printed as literal asterisks). */
  left: number;
  canOpen: boolean;
  canClose: boolean;
  /** Spans this delimiter closes and opens, by kind, in the order they were paired. */
  closes: Array<'emphasis' | 'strong'>;
  opens: Array<'emphasis' | 'strong'>;
}

/** Parses one paragraph's markup. Never throws; markup it cannot read stays as literal text. */
export function parseInline(source: string): Fragment {
  return render(pairDelimiters(tokenize(source, true)));
}

/** Joins two fragments with `separator`, shifting the spans of the second. */
export function joinFragments(a: Fragment, b: Fragment, separator: string): Fragment {
  const shift = a.text.length + separator.length;
  return {
    text: a.text + separator + b.text,
    spans: [...a.spans, ...b.spans.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }))]
  };
}

function tokenize(source: string, allowLinks: boolean): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ type: 'text', value: text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    // Copy plain text up to the next character that may start markup in one go.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(source)?.index ?? source.length;
    if (next > i) {
      text += source.slice(i, next);
      i = next;
      continue;
    }
    const char = source[i]!;
    if (char === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    const construct = readConstruct(source, i, allowLinks);
    if (construct) {
      flush();
      tokens.push(construct.token);
      i = construct.end;
      continue;
    }
    if (char === '*') {
      let end = i;
      while (source[end] === '*') end++;
      flush();
      const before = source[i - 1];
      const after = source[end];
      tokens.push({
        type: 'delim',
        left: end - i,
        canOpen: after !== undefined && !/\s/.test(after),
        canClose: before !== undefined && !/\s/.test(before),
        closes: [],
        opens: []
      });
      i = end;
      continue;
    }
    text += char;
    i++;
  }
  flush();
  return tokens;
}

/** Reads a note call, a link or an autolink starting at `i`, if there is one. */
function readConstruct(source: string, i: number, allowLinks: boolean): { token: Token; end: number } | null {
  if (source[i] === '[') {
    const note = NOTE_CALL.exec(source.slice(i, i + 20));
    if (note) return { token: { type: 'note', label: note[1]! }, end: i + note[0].length };
    const link = allowLinks ? readLink(source, i) : null;
    if (link) return { token: { type: 'link', inner: link.inner, href: link.href }, end: link.end };
  }
  if (source[i] === '<' && allowLinks) {
    const auto = AUTOLINK.exec(source.slice(i, i + 2048));
    if (auto) return { token: { type: 'autolink', url: auto[1]! }, end: i + auto[0].length };
  }
  return null;
}

/** Reads `[inner](target)` starting at `open`; the target may not contain white space. */
function readLink(source: string, open: number): { inner: string; href: string | null; end: number } | null {
  let depth = 0;
  const limit = Math.min(source.length, open + MAX_LINK_TEXT);
  for (let i = open; i < limit; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') depth++;
    else if (char === ']' && --depth === 0) {
      if (source[i + 1] !== '(') return null;
      const target = readTarget(source, i + 2);
      if (target === null) return null;
      const href = target.value === '' || target.value === '#' ? null : target.value;
      return { inner: source.slice(open + 1, i), href, end: target.end };
    }
  }
  return null;
}

/** Reads a link target up to its closing parenthesis, allowing balanced parentheses inside. */
function readTarget(source: string, start: number): { value: string; end: number } | null {
  let depth = 0;
  for (let i = start; i < source.length && i < start + 2048; i++) {
    const char = source[i]!;
    if (/\s/.test(char)) return null;
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return { value: source.slice(start, i), end: i + 1 };
      depth--;
    }
  }
  return null;
}

/**
 * Pairs `*` and `**` delimiters with a stack: a closer pairs with the nearest opener that has
 * enough asterisks left; openers skipped over stay literal. Runs of three make a strong and an
 * emphasis span.
 */
function pairDelimiters(tokens: Token[]): Token[] {
  const stack: Delimiter[] = [];
  for (const token of tokens) {
    if (token.type !== 'delim') continue;
    while (token.canClose && token.left > 0 && stack.length > 0) {
      const opener = stack[stack.length - 1]!;
      const kind = opener.left >= 2 && token.left >= 2 ? 'strong' : 'emphasis';
      const used = kind === 'strong' ? 2 : 1;
      opener.left -= used;
      token.left -= used;
      opener.opens.push(kind);
      token.closes.push(kind);
      if (opener.left === 0) stack.pop();
    }
    if (token.canOpen && token.left > 0) stack.push(token);
  }
  return tokens;
}

function render(tokens: Token[]): Fragment {
  let text = '';
  const spans: InlineSpan[] = [];
  const open: Array<{ kind: 'emphasis' | 'strong'; start: number }> = [];
  const addSpan = (span: InlineSpan): void => {
    if (span.end > span.start) spans.push(span);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        text += token.value;
        break;
      case 'note':
        addSpan({ kind: 'note-ref', start: text.length, end: text.length + token.label.length, label: token.label });
        text += token.label;
        break;
      case 'autolink':
        addSpan({ kind: 'link', start: text.length, end: text.length + token.url.length, href: token.url });
        text += token.url;
        break;
      case 'link': {
        const inner = render(pairDelimiters(tokenize(token.inner, false)));
        const start = text.length;
        for (const span of inner.spans) addSpan({ ...span, start: span.start + start, end: span.end + start });
        text += inner.text;
        addSpan({ kind: 'link', start, end: text.length, href: token.href });
        break;
      }
      case 'delim':
        for (const kind of token.closes) {
          const at = findLastIndex(open, (o) => o.kind === kind);
          if (at >= 0) addSpan({ kind, start: open.splice(at, 1)[0]!.start, end: text.length });
        }
        text += '*'.repeat(token.left);
        for (const kind of token.opens) open.push({ kind, start: text.length });
        break;
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { text, spans };
}

/** Spans over the same words come outermost-first: formatting, then the link, then a note call. */
const KIND_ORDER: Record<InlineSpan['kind'], number> = { strong: 0, emphasis: 1, link: 2, 'note-ref': 3 };

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

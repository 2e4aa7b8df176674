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
const NOTE_CALL = /\[\^([A-Za-z0-9_.-]{1,16})\]/y;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]{1,2000}|mailto:[^\s<>]{1,2000})>/iy;
/** "(#)" or "(address)": no white space or brackets inside, one balanced pair of parentheses at most. */
const TARGET = /\(([^\s()[\]<>]*(?:\([^\s()[\]<>]*\)[^\s()[\]<>]*)?)\)/y;

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

/**
 * Joins fragments into one, shifting the spans of each. `separator` goes between two fragments;
 * given as a function, it can depend on how the fragment before ends.
 */
export function joinFragments(parts: readonly Fragment[], separator: string | ((before: Fragment) => string)): Fragment {
  const texts: string[] = [];
  const spans: InlineSpan[] = [];
  let offset = 0;
  parts.forEach((part, k) => {
    if (k > 0) {
      const between = typeof separator === 'string' ? separator : separator(parts[k - 1]!);
      texts.push(between);
      offset += between.length;
    }
    texts.push(part.text);
    for (const span of part.spans) spans.push({ ...span, start: span.start + offset, end: span.end + offset });
    offset += part.text.length;
  });
  return { text: texts.join(''), spans };
}

/** Removes white space at both ends of a fragment, keeping its spans aligned and inside it. */
export function trimFragment(fragment: Fragment): Fragment {
  const start = fragment.text.length - fragment.text.trimStart().length;
  const text = fragment.text.trim();
  const spans = fragment.spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - start), end: Math.min(text.length, s.end - start) }))
    .filter((s) => s.end > s.start);
  return { text, spans };
}

function tokenize(source: string, allowLinks: boolean): Token[] {
  const tokens: Token[] = [];
  const brackets = allowLinks ? new Brackets(source) : null;
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
    const construct = readConstruct(source, i, brackets);
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
function readConstruct(source: string, i: number, brackets: Brackets | null): { token: Token; end: number } | null {
  if (source[i] === '[') {
    const note = sticky(NOTE_CALL, source, i);
    if (note) return { token: { type: 'note', label: note[1]! }, end: i + note[0].length };
    const link = brackets ? readLink(source, i, brackets) : null;
    if (link) return { token: { type: 'link', inner: link.inner, href: link.href }, end: link.end };
  }
  if (source[i] === '<' && brackets) {
    const auto = sticky(AUTOLINK, source, i);
    if (auto) return { token: { type: 'autolink', url: auto[1]! }, end: i + auto[0].length };
  }
  return null;
}

/** Reads `[inner](target)` starting at `open`: the text runs to the first "]", the target has no white space. */
function readLink(source: string, open: number, brackets: Brackets): { inner: string; href: string | null; end: number } | null {
  const close = brackets.closing(open);
  if (close < 0 || close - open > MAX_LINK_TEXT || source[close + 1] !== '(') return null;
  const target = sticky(TARGET, source, close + 1);
  if (!target) return null;
  const value = target[1]!;
  return { inner: source.slice(open + 1, close), href: value === '' || value === '#' ? null : value, end: close + 1 + target[0].length };
}

function sticky(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/**
 * Finds the "]" that closes a "[". The answer is kept, so that a line full of "[" costs one scan,
 * not one scan per bracket.
 */
class Brackets {
  private next = -2;
  constructor(private readonly source: string) {}

  /** Index of the first unescaped "]" after `open`, or -1. */
  closing(open: number): number {
    if (this.next !== -1 && this.next <= open) {
      let at = this.source.indexOf(']', open + 1);
      while (at > 0 && this.source[at - 1] === '\\') at = this.source.indexOf(']', at + 1);
      this.next = at;
    }
    return this.next;
  }
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

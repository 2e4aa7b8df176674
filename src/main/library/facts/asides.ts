/**
 * Parenthesised asides of a sentence. An aside that states figures of its own ("(1 120 tonnes in
 * 2018; 1 738 tonnes in 2022)", "(-70 % against the US dollar since 2022)") dates those figures
 * only; an aside that holds nothing but a period ("(between 2011 and 2021)") dates the sentence
 * around it. The extractor needs to tell the two apart.
 */

export interface Aside {
  /** The opening parenthesis. */
  start: number;
  /** Just after the closing parenthesis. */
  end: number;
}

/** The outermost balanced parentheses of `sentence`, in order; an unclosed one runs to the end. */
export function asidesOf(sentence: string): Aside[] {
  const asides: Aside[] = [];
  let depth = 0;
  let open = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) asides.push({ start: open, end: i + 1 });
    }
  }
  if (depth > 0) asides.push({ start: open, end: sentence.length });
  return asides;
}

/** The aside that contains `[start, end)`, if any. */
export function asideAround(asides: readonly Aside[], start: number, end: number): Aside | undefined {
  return asides.find((aside) => aside.start <= start && end <= aside.end);
}

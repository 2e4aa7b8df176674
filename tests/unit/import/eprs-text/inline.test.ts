import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../../src/main/library/import/eprs-text/inline';

/** Each span as the words it covers, so that expectations read like the text. */
function covered(source: string): Array<[string, string, string | null | undefined]> {
  const { text, spans } = parseInline(source);
  return spans.map((s) => [s.kind, text.slice(s.start, s.end), s.kind === 'link' ? s.href : s.kind === 'note-ref' ? s.label : undefined]);
}

describe('parseInline', () => {
  it('keeps the words of a link whose target was lost, with no target', () => {
    expect(parseInline('the [Cenepa War](#) between').text).toBe('the Cenepa War between');
    expect(covered('the [Cenepa War](#) between')).toEqual([['link', 'Cenepa War', null]]);
  });

  it('keeps the address of a link that has one, including brackets inside it', () => {
    expect(covered('see [the wiki](https://en.wikipedia.org/wiki/Coca_(plant)).')).toEqual([
      ['link', 'the wiki', 'https://en.wikipedia.org/wiki/Coca_(plant)']
    ]);
    expect(parseInline('<http://epthinktank.eu> (blog)')).toEqual({
      text: 'http://epthinktank.eu (blog)',
      spans: [{ kind: 'link', start: 0, end: 21, href: 'http://epthinktank.eu' }]
    });
  });

  it('resolves backslash escapes', () => {
    expect(parseInline('US\\$214 million, a \\(MoU\\) and \\*stars\\*').text).toBe('US$214 million, a (MoU) and *stars*');
  });

  it('reads bold and italics, nested or next to punctuation as the converter writes them', () => {
    expect(covered('**Shipping prices** have *risen*')).toEqual([
      ['strong', 'Shipping prices', undefined],
      ['emphasis', 'risen', undefined]
    ]);
    expect(parseInline('use of (**FRT)** is').text).toBe('use of (FRT) is');
    expect(covered('*Fundamental Issues,* Springer, Berlin*,* pp.')).toEqual([
      ['emphasis', 'Fundamental Issues,', undefined],
      ['emphasis', ',', undefined]
    ]);
    expect(covered('**bold with *italics* inside**')).toEqual([
      ['strong', 'bold with italics inside', undefined],
      ['emphasis', 'italics', undefined]
    ]);
  });

  it('reads a link inside bold text and italics inside a link', () => {
    expect(covered('**[EU](#)** and [*Sembrando Vida*](#)')).toEqual([
      ['strong', 'EU', undefined],
      ['link', 'EU', null],
      ['emphasis', 'Sembrando Vida', undefined],
      ['link', 'Sembrando Vida', null]
    ]);
  });

  it('marks a note call as its printed label', () => {
    expect(parseInline('(UNCTAD).[^1] Contributing')).toEqual({
      text: '(UNCTAD).1 Contributing',
      spans: [{ kind: 'note-ref', start: 9, end: 10, label: '1' }]
    });
  });

  it('leaves markup it cannot read as literal text instead of guessing', () => {
    expect(parseInline('a lone * star and [a bracket').text).toBe('a lone * star and [a bracket');
    expect(parseInline('[no target] (here)').text).toBe('[no target] (here)');
    expect(parseInline('[spaced](not a url)').spans).toEqual([]);
  });
});

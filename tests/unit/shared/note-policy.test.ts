/** The note policy on parsed Markdown: what a note's links, images and raw HTML become. */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { applyNotePolicy, isSafeNoteUrl } from '../../../src/shared/note-policy';
import { HOSTILE_NOTE, IMAGE_WORDS, SAFE_LINKS } from '../../helpers/hostile-note';

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Every node of a tree, depth first. */
function nodes(tree: { type: string; children?: unknown[] }): Array<{ type: string; [key: string]: unknown }> {
  return [tree, ...(tree.children ?? []).flatMap((child) => nodes(child as { type: string; children?: unknown[] }))];
}

const textOf = (tree: Root) =>
  nodes(tree)
    .map((n) => (typeof n.value === 'string' ? n.value : ''))
    .join('');

describe('isSafeNoteUrl', () => {
  it('allows web and e-mail addresses in any letter case', () => {
    for (const url of ['https://example.org/a?b=c', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:someone@example.org', 'MailTo:x@y.z']) {
      expect(isSafeNoteUrl(url), url).toBe(true);
    }
  });

  it('refuses script, data, file and relative targets, and addresses with control characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/etc/passwd',
      '#top',
      '',
      'https://ex\tample.org',
      'java\nscript:alert(1)'
    ]) {
      expect(isSafeNoteUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('applyNotePolicy', () => {
  it('keeps only web and e-mail links, and no image, definition or raw HTML', () => {
    const tree = parse(HOSTILE_NOTE);
    expect(applyNotePolicy(tree)).toEqual({ changed: true });
    const all = nodes(tree);
    expect(all.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(SAFE_LINKS);
    for (const type of ['image', 'imageReference', 'linkReference', 'definition', 'html'])
      expect(
        all.some((n) => n.type === type),
        type
      ).toBe(false);
  });

  it("keeps the words of a refused link, and an image's alt text and address as text", () => {
    const tree = parse(HOSTILE_NOTE);
    applyNotePolicy(tree);
    const words = textOf(tree);
    for (const kept of ['js', 'upper', 'entity', 'vb', 'defined', 'the EPRS', 'write', ...IMAGE_WORDS]) expect(words).toContain(kept);
    expect(words).toContain('<a href="javascript:alert(7)">raw link</a>');
    expect(words).not.toContain('alert(8)');
  });

  it('turns a reference to a safe definition into an ordinary link', () => {
    const tree = parse('See [the source][src].\n\n[src]: https://example.org/source "Source"');
    applyNotePolicy(tree);
    expect(nodes(tree).filter((n) => n.type === 'link')).toEqual([expect.objectContaining({ url: 'https://example.org/source', title: 'Source' })]);
  });

  it('leaves an ordinary note as it is and says so', () => {
    const tree = parse('**Key** figure, see <https://example.org> and [mail](mailto:a@b.c).\n\n- one\n- two');
    const before = structuredClone(tree);
    expect(applyNotePolicy(tree)).toEqual({ changed: false });
    expect(tree).toEqual(before);
  });
});

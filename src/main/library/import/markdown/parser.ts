/**
 * The Markdown importer: CommonMark with GitHub's extensions (tables, footnotes, task lists,
 * strikethrough, autolinks) and YAML front matter, parsed by micromark into a syntax tree.
 *
 * Front matter gives the metadata; a leading `# Title` is the document's title when the front
 * matter has none (or says the same); the other headings give the sections, with a well-formed
 * tree whatever levels the author skipped. A file is Markdown by its extension (`.md`,
 * `.markdown`, …) or, whatever its name, when it opens with front matter.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { LibraryError } from '../../errors';
import type { BriefingParser, ParsedBriefing } from '../../model';
import { BriefingBuilder } from '../structured/builder';
import { titleFromFileName } from '../structured/file-title';
import { EMPTY_FRONT_MATTER, readFrontMatter, type FrontMatter } from './front-matter';
import { isMarkdown } from './sniff';
import { MarkdownWalker } from './walk';

export const markdownParser: BriefingParser = {
  name: 'markdown',
  sniff: isMarkdown,
  parse: parseMarkdown
};

/** Parses the decoded text of a Markdown file. Throws `LibraryError` for broken front matter or no text. */
export function parseMarkdown(text: string, fileName: string): ParsedBriefing {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()]
  });
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  const front = yaml ? readFrontMatter(yaml.value, fileName) : EMPTY_FRONT_MATTER;
  const titleHeading = leadingTitle(tree, front);
  const title = front.title ?? (titleHeading ? toString(titleHeading).trim() : null) ?? titleFromFileName(fileName);

  const builder = new BriefingBuilder();
  new MarkdownWalker(builder).walk(tree, new Set<RootContent>([...(yaml ? [yaml] : []), ...(titleHeading ? [titleHeading] : [])]));
  if (!builder.hasText)
    throw new LibraryError(`Import: ${JSON.stringify(fileName)} has no text to import (only front matter, headings or markup)`, 'unreadable-file');

  return builder.build(
    {
      title,
      subtitle: front.subtitle,
      documentType: front.documentType ?? 'Note',
      publisher: front.publisher,
      series: front.series,
      language: front.language ?? 'en',
      year: front.date ? Number(front.date.slice(0, 4)) : null,
      date: front.date,
      authors: front.authors,
      peNumber: front.peNumber,
      url: front.url,
      sourceFormat: 'markdown',
      pages: null
    },
    []
  );
}

/** The first content node when it is a `#` heading that can serve as the title. */
function leadingTitle(tree: Root, front: FrontMatter): RootContent | null {
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'definition' && node.type !== 'html');
  if (first?.type !== 'heading' || first.depth !== 1) return null;
  const text = toString(first).trim();
  if (text === '') return null;
  return front.title === null || front.title === text ? first : null;
}

/**
 * Notes as Markdown for Obsidian (and any Markdown notes app): YAML front matter with the
 * briefing's title, authors, date, source and tags, then one block quotation per highlight with
 * its note, its tags as #tags, and its citation linked to the passage in Briefing Reader.
 *
 * Each entry carries an Obsidian block id, `^ann-<annotation id>`, and the file name is stable, so
 * exporting again replaces the file with the same entries under the same ids: links made to an
 * entry (`[[Notes#^ann-…]]`) keep working, and nothing is duplicated.
 *
 * The body is an mdast tree written by mdast-util-to-markdown, which escapes the briefing's and the
 * user's text where Markdown would read it as syntax; the front matter is written by `yaml`.
 */
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import YAML from 'yaml';
import { plainText, type RichText } from '../cite/rich-text';
import { authorNames, bundleTags, groupNotes, type NoteEntry, type NotesBriefing, type NotesBundle } from './bundle';
import { parseNote } from './note-markdown';

/** The Obsidian block id of an annotation's entry. */
export function blockId(annotationId: string): string {
  return `ann-${annotationId}`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** Citation runs as Markdown phrasing: italics as emphasis, bold as strong. */
function richPhrasing(runs: RichText): PhrasingContent[] {
  return runs.map((run) => {
    let node: PhrasingContent = text(run.text);
    if (run.bold) node = { type: 'strong', children: [node] };
    if (run.italic) node = { type: 'emphasis', children: [node] };
    return node;
  });
}

function entry(note: NoteEntry): RootContent[] {
  const quote = note.quote.split(/\n\s*\n/).map((p) => paragraph([text(p.replace(/\s+/g, ' ').trim())]));
  const nodes: RootContent[] = [{ type: 'blockquote', children: quote }, paragraph([text(`^${blockId(note.id)}`)])];
  if (note.note.trim() !== '') nodes.push(...parseNote(note.note, 2).children);
  const meta: PhrasingContent[] = [{ type: 'link', url: note.deepLink, children: richPhrasing(note.citation) }];
  if (note.tags.length > 0) meta.push(text(` · ${note.tags.map((t) => `#${t}`).join(' ')}`));
  if (note.status !== 'exact') meta.push(text(` · ${note.status === 'orphan' ? 'no longer in the text' : 'found again approximately'}`));
  nodes.push(paragraph(meta));
  return nodes;
}

function briefingSection(briefing: NotesBriefing): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(briefing.metadata.title)] },
    paragraph([...richPhrasing(briefing.reference), text(' '), { type: 'link', url: briefing.deepLink, children: [text('Open in Briefing Reader')] }])
  ];
  if (briefing.notes.length === 0) nodes.push(paragraph([{ type: 'emphasis', children: [text('No highlights or notes yet.')] }]));
  for (const group of groupNotes(briefing.notes)) {
    nodes.push({ type: 'heading', depth: 2, children: [text(group.heading ?? 'Notes and references')] });
    for (const note of group.notes) nodes.push(...entry(note));
  }
  return nodes;
}

/** The front matter: the briefing's own properties for one briefing, a list for several. */
function frontMatter(bundle: NotesBundle): Record<string, unknown> {
  const tags = bundleTags(bundle);
  const only = bundle.briefings.length === 1 ? bundle.briefings[0]! : null;
  if (!only) {
    return {
      title: bundle.title,
      briefings: bundle.briefings.map((b) => ({ title: b.metadata.title, source: b.metadata.url ?? b.deepLink })),
      tags,
      exported: bundle.generated
    };
  }
  const m = only.metadata;
  return {
    title: m.title,
    authors: authorNames(m),
    date: m.date ?? (m.year ? String(m.year) : null),
    source: m.url ?? only.deepLink,
    tags,
    publisher: m.publisher,
    'pe-number': m.peNumber,
    citation: plainText(only.reference),
    'briefing-reader': only.deepLink,
    exported: bundle.generated
  };
}

/** The bundle as one Markdown file (UTF-8 text). */
export function buildMarkdown(bundle: NotesBundle): string {
  const tree: Root = { type: 'root', children: bundle.briefings.flatMap(briefingSection) as Array<BlockContent | RootContent> };
  const body = toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', rule: '-' });
  const properties = Object.fromEntries(Object.entries(frontMatter(bundle)).filter(([, value]) => value !== null));
  return `---\n${YAML.stringify(properties, { lineWidth: 0 })}---\n\n${body}`;
}

/**
 * A note's Markdown (as mdast) as Word paragraphs: emphasis, strong, strikethrough, code, links
 * and line breaks kept; headings, lists, quotations and code blocks as their Word counterparts;
 * a table flattened to one paragraph per row. The note arrives policed (parseNote), so its links
 * are web and e-mail links only; the check here repeats the policy's rule rather than trusting it.
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { PhrasingContent, RootContent } from 'mdast';
import { isSafeNoteUrl } from '../../../shared/note-policy';

interface RunStyle {
  italics?: boolean;
  bold?: boolean;
  strike?: boolean;
  code?: boolean;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
];

const run = (text: string, style: RunStyle) =>
  new TextRun({ text, italics: style.italics, bold: style.bold, strike: style.strike, ...(style.code ? { font: 'Consolas' } : {}) });

/** Inline Markdown as Word runs. */
export function phrasingRuns(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [run(node.value, style)];
      case 'emphasis':
        return phrasingRuns(node.children, { ...style, italics: true });
      case 'strong':
        return phrasingRuns(node.children, { ...style, bold: true });
      case 'delete':
        return phrasingRuns(node.children, { ...style, strike: true });
      case 'inlineCode':
        return [run(node.value, { ...style, code: true })];
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'link':
        return isSafeNoteUrl(node.url)
          ? [new ExternalHyperlink({ link: node.url, children: phrasingRuns(node.children, style) })]
          : phrasingRuns(node.children, style);
      case 'footnoteReference':
        return [run(`[^${node.label ?? node.identifier}]`, style)];
      default:
        return 'children' in node ? phrasingRuns(node.children as PhrasingContent[], style) : [];
    }
  });
}

interface BlockContext {
  indent: number;
  bullet?: number;
}

/** Block-level Markdown as Word paragraphs. */
export function blockParagraphs(nodes: readonly RootContent[], context: BlockContext = { indent: 0 }): Paragraph[] {
  const base = {
    indent: context.indent > 0 ? { left: context.indent } : undefined,
    ...(context.bullet !== undefined ? { bullet: { level: context.bullet } } : {})
  };
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ ...base, children: phrasingRuns(node.children) })];
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: phrasingRuns(node.children) })];
      case 'list':
        return node.children.flatMap((item, i) => {
          const level = context.bullet === undefined ? 0 : context.bullet + 1;
          const [first, ...rest] = item.children;
          const marker = node.ordered ? [new TextRun(`${(node.start ?? 1) + i}. `)] : [];
          const layout = node.ordered ? { indent: { left: context.indent + 360 * (level + 1) } } : { bullet: { level } };
          const head = first?.type === 'paragraph' ? [new Paragraph({ ...layout, children: [...marker, ...phrasingRuns(first.children)] })] : [];
          const body = first?.type === 'paragraph' ? rest : item.children;
          return [...head, ...blockParagraphs(body, { indent: context.indent + 360, bullet: level })];
        });
      case 'blockquote':
        return blockParagraphs(node.children, { indent: context.indent + 567 });
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ ...base, children: [run(line, { code: true })] }));
      case 'table':
        return node.children.map(
          (row) =>
            new Paragraph({ ...base, children: row.children.flatMap((cell, i) => [...(i > 0 ? [new TextRun(' | ')] : []), ...phrasingRuns(cell.children)]) })
        );
      case 'thematicBreak':
        return [new Paragraph({ ...base, children: [new TextRun('* * *')] })];
      default:
        return 'children' in node ? blockParagraphs(node.children as RootContent[], context) : [];
    }
  });
}

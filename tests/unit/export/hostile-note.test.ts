/**
 * One note with every dangerous link form and remote images, exported to every format and read
 * back with a real parser for that format: no script link, no remote image, in any of them.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../src/main/library/annotations/service';
import { exportNotes } from '../../../src/main/library/export/notes-export';
import type { NotesFormat } from '../../../src/shared/contract/citations';
import { HOSTILE_NOTE, IMAGE_WORDS, isAllowedTarget, SAFE_LINKS } from '../../helpers/hostile-note';
import { bundledBriefing } from '../cite/bundled-briefing';

const briefing = await bundledBriefing();
afterAll(() => briefing.close());
new AnnotationService(briefing.library).create({ briefingId: briefing.id, quote: "The EU is Bolivia's largest donor", note: HOSTILE_NOTE });

const exported = async (format: NotesFormat) => (await exportNotes(briefing.library, { briefingId: briefing.id, format, style: 'apa' })).bytes;
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type AnyNode = { type: string; children?: unknown[]; [key: string]: unknown };
const walk = (node: AnyNode): AnyNode[] => [node, ...(node.children ?? []).flatMap((c) => walk(c as AnyNode))];

/** What a Markdown reader (GFM, as Obsidian reads it) finds in a text: link targets, images, raw HTML. */
function markdownFindings(markdown: string) {
  const all = walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Root as AnyNode);
  const definitions = all.filter((n) => n.type === 'definition').map((n) => n.url as string);
  return {
    targets: [...all.filter((n) => n.type === 'link').map((n) => n.url as string), ...definitions],
    images: all.filter((n) => n.type === 'image' || n.type === 'imageReference').length,
    html: all.filter((n) => n.type === 'html').map((n) => n.value)
  };
}

/** What a browser would find in a page: link targets, images and anything that loads or runs. */
function htmlFindings(html: string) {
  const elements = walk(fromHtml(html) as HastRoot as AnyNode).filter((n): n is AnyNode & Element => n.type === 'element');
  return {
    targets: elements.filter((e) => e.tagName === 'a').map((e) => String(e.properties.href)),
    loaders: elements
      .filter((e) => ['img', 'script', 'iframe', 'object', 'embed', 'link', 'source', 'video', 'audio'].includes(e.tagName))
      .map((e) => e.tagName),
    handlers: elements.flatMap((e) => Object.keys(e.properties).filter((key) => /^on/i.test(key)))
  };
}

/** The export's own links back to the app are not the note's. */
const appLink = (url: string) => url.startsWith('briefing-reader://');

function expectNoteFindingsSafe(findings: { targets: string[]; images: number; html: unknown[] }) {
  expect(findings.targets.filter((t) => !isAllowedTarget(t) && !appLink(t))).toEqual([]);
  expect(findings.images).toBe(0);
  expect(findings.html).toEqual([]);
}

describe('a note with script links and remote images', () => {
  it('exports to Markdown with only its web and e-mail links and no image', async () => {
    const markdown = utf8(await exported('md'));
    const findings = markdownFindings(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expectNoteFindingsSafe(findings);
    expect(findings.targets).toEqual(expect.arrayContaining(SAFE_LINKS));
    for (const words of IMAGE_WORDS) expect(markdown).toContain(words);
  });

  it('exports to HTML with only web, e-mail and app links, and nothing that loads or runs', async () => {
    const html = utf8(await exported('html'));
    const findings = htmlFindings(html);
    expect(findings.targets.filter((t) => !isAllowedTarget(t) && !appLink(t))).toEqual([]);
    expect(findings.targets).toEqual(expect.arrayContaining(SAFE_LINKS));
    expect(findings.loaders).toEqual([]);
    expect(findings.handlers).toEqual([]);
    for (const words of IMAGE_WORDS) expect(html).toContain(words);
  });

  it('exports to CSV with a note cell that a Markdown reader finds safe', async () => {
    const csv = utf8(await exported('csv'));
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    const findings = markdownFindings(rows[0]!.Note!);
    expectNoteFindingsSafe(findings);
    expect(findings.targets).toEqual(expect.arrayContaining(SAFE_LINKS));
  });

  it('exports to JSON with a note body that a Markdown reader finds safe', async () => {
    const collection = JSON.parse(utf8(await exported('json')));
    const [annotation] = collection.first.items;
    const body = Array.isArray(annotation.body) ? annotation.body.find((b: { purpose: string }) => b.purpose === 'commenting') : annotation.body;
    expect(body.format).toBe('text/markdown');
    const findings = markdownFindings(body.value);
    expectNoteFindingsSafe(findings);
    expect(findings.targets).toEqual(expect.arrayContaining(SAFE_LINKS));
  });

  it('exports to Word with only web, e-mail and app hyperlinks and no picture', async () => {
    const buffer = Buffer.from(await exported('docx'));
    const html = (await mammoth.convertToHtml({ buffer })).value;
    const findings = htmlFindings(html);
    expect(findings.targets.filter((t) => !isAllowedTarget(t) && !appLink(t))).toEqual([]);
    expect(findings.targets).toEqual(expect.arrayContaining(SAFE_LINKS));
    expect(findings.loaders).toEqual([]);
    const text = (await mammoth.extractRawText({ buffer })).value;
    for (const words of IMAGE_WORDS) expect(text).toContain(words);
  });
});

/**
 * Helpers for the importer tests: import a real publication into a real library in a temporary
 * folder and read it back as the reader would get it, and describe its structure in a form that
 * reads like the table of contents a user sees.
 */
import path from 'node:path';
import { expect } from 'vitest';
import type { BlockInfo, BriefingDocument } from '../../../../src/shared/types';
import { SAMPLES_DIR, tempLibrary } from '../../../helpers/temp-library';

export const SAMPLE = {
  redSea: path.join(SAMPLES_DIR, '01-red-sea.txt'),
  aiEthics: path.join(SAMPLES_DIR, '02-ai-ethics-guidelines.txt'),
  generativeAi: path.join(SAMPLES_DIR, '03-generative-ai-conscious.txt'),
  fearAi: path.join(SAMPLES_DIR, '04-should-we-fear-ai.txt')
};

/** Imports `file` into a fresh library and returns the stored document. */
export async function importDocument(file: string): Promise<BriefingDocument> {
  const { library, close } = tempLibrary();
  try {
    const [outcome] = await library.importFiles([file]);
    if (!outcome || 'error' in outcome) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    return library.get(outcome.id);
  } finally {
    close();
  }
}

/**
 * The section tree as an indented outline, one line per section: two spaces per level below the
 * top, and the kind in brackets when it is not an ordinary body section. Also checks that every
 * section's parent is the nearest section above it one level up, so the outline says it all.
 */
export function outline(doc: BriefingDocument): string[] {
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  doc.sections.forEach((section, i) => {
    const above = doc.sections
      .slice(0, i)
      .reverse()
      .find((s) => s.level === section.level - 1);
    expect(section.parentId, `parent of "${section.title}"`).toBe(section.level === 1 ? null : above?.id);
    if (section.parentId !== null) expect(byId.get(section.parentId)!.level).toBe(section.level - 1);
  });
  return doc.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title}${s.kind === 'body' ? '' : ` [${s.kind}]`}`);
}

/** The blocks of the section titled `title` (the first one with that title). */
export function blocksOf(doc: BriefingDocument, title: string): BlockInfo[] {
  const section = doc.sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section "${title}"`);
  return doc.blocks.filter((b) => b.sectionId === section.id);
}

/** The one block whose text contains `words`. */
export function blockWith(doc: BriefingDocument, words: string): BlockInfo {
  const found = doc.blocks.filter((b) => b.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} blocks contain "${words}"`);
  return found[0]!;
}

/** The links of a block as a reader sees them: the linked words and where they lead. */
export function linksOf(block: BlockInfo): Array<{ text: string; href: string | null }> {
  return block.spans.flatMap((s) => (s.kind === 'link' ? [{ text: block.text.slice(s.start, s.end), href: s.href }] : []));
}

/** Markup that must never reach the reader. */
export const STRAY_MARKUP = /\]\(|\[\^|\*\*|\\[$*[\]()]|<https?:/;

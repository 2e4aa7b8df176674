/**
 * Copies a fact with its citation: the sentence it stands in, quoted, with the in-text citation
 * and the reference entry in the remembered style — the same `cite` call as "Copy with citation".
 */
import type { FactInContext } from '../../../shared/contract/facts';
import { api } from '../api/client';
import { copyCitation } from '../cite/copy-citation';

/** The sentence's document offsets, found in its block's text near the figure. */
function sentenceRange(fact: FactInContext, blockText: string, blockStart: number): { start: number; end: number } | null {
  const figureAt = fact.start - blockStart;
  let at = blockText.lastIndexOf(fact.text, figureAt);
  if (at === -1 || at + fact.text.length < figureAt) at = blockText.indexOf(fact.text);
  return at === -1 ? null : { start: blockStart + at, end: blockStart + at + fact.text.length };
}

export async function copyFact(fact: FactInContext, block: { text: string; textStart: number } | null): Promise<void> {
  const range = block ? sentenceRange(fact, block.text, block.textStart) : null;
  const result = await api.cite(
    range ? { briefingId: fact.briefingId, start: range.start, end: range.end, quote: fact.text } : { briefingId: fact.briefingId, quote: fact.text }
  );
  await copyCitation(result);
}

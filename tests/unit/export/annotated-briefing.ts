/**
 * The bundled briefing with its metadata completed and annotations a real user might make: notes
 * with commas, quotation marks, line breaks, Greek, Cyrillic, accents and an emoji; Markdown and
 * raw HTML in a note; tags; a highlight across two paragraphs; a note that looks like a formula.
 */
import { AnnotationService } from '../../../src/main/library/annotations/service';
import { bundledBriefing } from '../cite/bundled-briefing';

export const ECUADOR_QUOTE = 'Homicides in Ecuador rose 407 % between 2016 and 2022.';
export const ECUADOR_NOTE = 'Sharp rise, "worst" in the region,\nsee the 2023 study; Ελληνικά, кириллица, café, naïve 😀';
export const BOLIVIA_QUOTE = "The EU is Bolivia's largest donor";
export const BOLIVIA_NOTE = '**Key** figure: *€108 million* since 2008.\n\n- first\n- second\n\n# A heading\n\n<script>alert("x")</script> <b>bold?</b>';
/** BOLIVIA_NOTE as the text exports carry it: its raw HTML escaped, so it reads as the same text in the app. */
export const BOLIVIA_NOTE_EXPORTED =
  '**Key** figure: *€108 million* since 2008.\n\n- first\n- second\n\n# A heading\n\n\\<script>alert("x")\\</script> \\<b>bold?\\</b>';
export const FORMULA_QUOTE = 'EU Member States seized a record 303 tonnes of cocaine in 2021.';
export const FORMULA_NOTE = '=HYPERLINK("http://example.com","click")';

export async function annotatedBriefing() {
  const briefing = await bundledBriefing();
  const service = new AnnotationService(briefing.library);
  const ecuador = service.create({ briefingId: briefing.id, quote: ECUADOR_QUOTE, note: ECUADOR_NOTE, tags: ['ecuador', 'violence'], color: 'pink' });
  const bolivia = service.create({ briefingId: briefing.id, quote: BOLIVIA_QUOTE, note: BOLIVIA_NOTE, tags: ['eu/funding'], color: 'green' });
  const formula = service.create({ briefingId: briefing.id, quote: FORMULA_QUOTE, note: FORMULA_NOTE });
  const doc = briefing.library.get(briefing.id);
  const first = doc.blocks.find((b) => b.text.startsWith('In recent years, Bolivia has'))!;
  const second = doc.blocks[doc.blocks.indexOf(first) + 1]!;
  const twoParagraphs = service.create({ briefingId: briefing.id, start: first.textStart, end: second.textStart + second.text.length, color: 'blue' });
  return { ...briefing, service, annotations: { ecuador, bolivia, formula, twoParagraphs }, twoParagraphsText: [first.text, second.text] };
}

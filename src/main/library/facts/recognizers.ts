/**
 * Microsoft's recognizers-text models for English numbers and percentages, built once per process:
 * building them compiles hundreds of regular expressions (about a second), parsing with them is
 * cheap by comparison.
 */
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';

interface RecognizedNumber {
  /** Offsets in the parsed text; `end` is exclusive. */
  start: number;
  end: number;
  text: string;
  /** The resolved value (scale applied: "139 billion" → 139e9), or NaN when the library could not resolve it. */
  value: number;
  percent: boolean;
}

interface Model {
  parse(text: string): Array<{ start: number; end: number; text: string; resolution?: { value?: unknown } }>;
}

let models: { number: Model; percentage: Model } | undefined;

function loadModels(): { number: Model; percentage: Model } {
  if (!models) {
    const recognizer = new NumberRecognizer(Culture.English);
    models = { number: recognizer.getNumberModel(), percentage: recognizer.getPercentageModel() };
  }
  return models;
}

/**
 * The numbers of a sentence, percentages first where the two models overlap ("61 %" is one
 * percentage, not a number followed by a sign). Numbers written as words are left out: briefings
 * give their statistics in figures, and "one of the most serious threats" is not one.
 */
export function recognizeNumbers(written: string): RecognizedNumber[] {
  const { number, percentage } = loadModels();
  // Thousands are often set apart by a no-break or thin space ("1 120"), which the models do not
  // read as a separator; the same-length plain space keeps every offset.
  const sentence = written.replace(/[\u00a0\u2009\u202f]/g, ' ');
  const found: RecognizedNumber[] = [];
  // The percentage model is the slower of the two: only sentences that can hold one go through it.
  const percentages = /%|per ?cent/i.test(sentence) ? percentage.parse(sentence) : [];
  for (const result of percentages) {
    found.push(toRecognized(sentence, result, true));
  }
  for (const result of number.parse(sentence)) {
    const candidate = toRecognized(sentence, result, false);
    if (found.some((f) => f.start < candidate.end && candidate.start < f.end)) continue;
    found.push(candidate);
  }
  return found.filter((f) => /\d/.test(f.text)).sort((a, b) => a.start - b.start);
}

function toRecognized(sentence: string, result: { start: number; text: string; resolution?: { value?: unknown } }, percent: boolean): RecognizedNumber {
  const end = result.start + result.text.length;
  const raw = String(result.resolution?.value ?? '').replace('%', '');
  return { start: result.start, end, text: sentence.slice(result.start, end), value: raw === '' ? Number.NaN : Number(raw), percent };
}

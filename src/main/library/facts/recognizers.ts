/**
 * Microsoft's recognizers-text models for English numbers and percentages, built once per process:
 * building them compiles hundreds of regular expressions (about a second), parsing with them is
 * cheap by comparison.
 */
import { recognizersLibrary } from './libraries';

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
    const { Culture, NumberRecognizer } = recognizersLibrary();
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
  // Thousands are often set apart by a no-break or thin space ("1 120"), which the models do not
  // read as a separator; the same-length plain space keeps every offset.
  const sentence = written.replace(/[\u00a0\u2009\u202f]/g, ' ');
  return figureWindows(sentence).flatMap((window) => plainFiguresIn(sentence, window) ?? recognizeIn(sentence, window));
}

/**
 * The stretches of a sentence around its figures, each from the word before a run of digits to the
 * two words after it ("US$ 930 million in", "of 61 % of"): all the models need to read a figure
 * with its scale or percent sign. The models' regular expressions take time in proportion to the
 * text they scan, and a sentence is mostly words that cannot be a figure.
 */
function figureWindows(sentence: string): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number }> = [];
  for (const run of sentence.matchAll(/\d(?:[\d.,]|\s(?=\d))*/g)) {
    const start = wordBefore(sentence, run.index);
    const end = run.index + run[0].length + /^(?:\S*\s*){0,2}\S*/.exec(sentence.slice(run.index + run[0].length))![0].length;
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * Where the word before `at` starts, with the spaces around it: what `/\S*\s*\S*\s*$/` finds in
 * the text before `at`, read backwards instead of retried from every earlier position.
 */
function wordBefore(sentence: string, at: number): number {
  let i = at;
  for (const space of [true, false, true, false]) while (i > 0 && /\s/.test(sentence[i - 1]!) === space) i--;
  return i;
}

/**
 * What the models may read together with the digits beside them: scale and number words,
 * fractions ("1/2", "1 in 5", "3 out of 10"), signs and ranges, "per cent", letters glued to digits
 * ("5G", "10^25", "24th").
 */
const MODEL_NEEDED =
  /\d\s+(?:in|out of|over)\s+\d|[-–—+^/]\s?\d|\d\s?[-–—^/]|%\s*[-–—]|per ?cent|\d[a-z_]|[a-z_]\d|(?<!\d)[.,]\d|\b(?:hundred|thousand|million|billion|trillion|bn|mn|mln|bln|k|dozens?|lakhs?|crores?|half|halves|quarters?|thirds?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** A figure in digits alone: thousands grouped by commas or spaces, or none, and an optional decimal part. */
const PLAIN_FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The figures of a window that holds nothing the models could read beyond the digits and a
 * percent sign ("of 22 000 hectares in", "rose 61 % in"), read without them: they are most of a
 * briefing's figures, and the models cost tens of microseconds a window. The readings are the
 * models' (tests/unit/facts/recognizers.test.ts compares them). Null when the window needs the models.
 */
function plainFiguresIn(sentence: string, window: { start: number; end: number }): RecognizedNumber[] | null {
  const text = sentence.slice(window.start, window.end);
  if (MODEL_NEEDED.test(text)) return null;
  const found: RecognizedNumber[] = [];
  for (const run of text.matchAll(/\d(?:[\d.,]|\s(?=\d))*/g)) {
    const figure = run[0].replace(/[.,]$/, '');
    if (!PLAIN_FIGURE.test(figure)) return null;
    const start = window.start + run.index;
    const sign = /^ ?%/.exec(text.slice(run.index + figure.length))?.[0] ?? '';
    const end = start + figure.length + sign.length;
    found.push({ start, end, text: sentence.slice(start, end), value: Number(figure.replace(/[ ,]/g, '')), percent: sign !== '' });
  }
  return found;
}

function recognizeIn(sentence: string, window: { start: number; end: number }): RecognizedNumber[] {
  const { number, percentage } = loadModels();
  const text = sentence.slice(window.start, window.end);
  const found: RecognizedNumber[] = [];
  // The percentage model is the slower of the two: only text that can hold one goes through it.
  const percentages = /%|per ?cent/i.test(text) ? percentage.parse(text) : [];
  for (const result of percentages) {
    found.push(toRecognized(sentence, { ...result, start: result.start + window.start }, true));
  }
  for (const result of number.parse(text)) {
    const candidate = toRecognized(sentence, { ...result, start: result.start + window.start }, false);
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

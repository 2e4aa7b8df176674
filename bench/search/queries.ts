/**
 * The benchmark's queries, by class (`QueryClass`),
 * plus a phrase class built from word pairs that really occur in the generated text, and the
 * keystroke sequences of search-as-you-type.
 */
import { buildVocabulary, generateBriefing } from './corpus';

export interface BenchQuery {
  text: string;
  /** Sent as the word being typed (the last word matched as a prefix). */
  typing?: boolean;
}

export type QueryClass = 'common term' | 'rare term' | 'two terms' | '3-letter prefix (typing)' | 'misspelling' | 'missing accent' | 'phrase' | 'five terms';

export const CLASSES: QueryClass[] = [
  'common term',
  'rare term',
  'two terms',
  '3-letter prefix (typing)',
  'misspelling',
  'missing accent',
  'phrase',
  'five terms'
];

export function querySet(): Record<QueryClass, BenchQuery[]> {
  const vocab = buildVocabulary();
  const rare = [8000, 12000, 16000, 20000, 25000, 30000, 35000, 40000, 45000].map((rank) => {
    let r = rank;
    while (/[A-Z]/.test(vocab.words[r]!)) r++;
    return vocab.words[r]!;
  });
  const plain = (texts: string[]) => texts.map((text) => ({ text }));
  return {
    'common term': plain(['cocaine', 'trafficking', 'police', 'border', 'Colombia', 'government', 'security', 'violence', 'port', vocab.words[150]!]),
    'rare term': plain([...rare, 'narcosubmarine']),
    'two terms': plain([
      'cocaine Ecuador',
      'Europol seizure',
      'homicide Guayaquil',
      'tonnes cocaine',
      'trafficking Colombia',
      'police corruption',
      'port containers',
      'extradition Mexico',
      'prison gangs',
      'money laundering'
    ]),
    '3-letter prefix (typing)': ['nar', 'tra', 'coc', 'ecu', 'hom', 'sei', 'ext', 'gua', 'eur', 'mil'].map((text) => ({ text, typing: true })),
    misspelling: plain(['cocain', 'Guayakil', 'trafficing', 'Europl', 'Colmbia', 'extradiction', 'homicde', 'seizur']),
    'missing accent': plain(['macias', 'valean', 'espindola', 'bogota', 'medellin', 'nunez']),
    phrase: phrases(vocab),
    'five terms': plain([
      'cocaine trafficking Ecuador port seizure',
      'police homicide Colombia prison violence',
      'government security border policy report',
      'cocaine tonnes seizure containers shipping',
      'criminal groups money laundering corruption',
      'drug market supply demand region'
    ])
  };
}

/** Quoted pairs and triples of words that follow each other in the first briefings. */
function phrases(vocab: ReturnType<typeof buildVocabulary>): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (let b = 0; out.length < 8; b++) {
    const words = generateBriefing(vocab, b).blocks[3]!.text.replace(/\./g, '').split(' ');
    const length = out.length % 2 === 0 ? 2 : 3;
    const start = 5 + (b % 7);
    out.push({ text: `"${words.slice(start, start + length).join(' ')}"` });
  }
  return out;
}

/** Every keystroke of two searches typed in full. */
export function keystrokes(): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (const text of ['cocaine seizures guayaquil', 'europol macias']) {
    for (let i = 1; i <= text.length; i++) out.push({ text: text.slice(0, i), typing: true });
  }
  return out;
}

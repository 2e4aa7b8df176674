/**
 * A seeded generator of briefing-like documents for the search benchmark, after the corpus of
 * shared/research/search-engines.md: a 50,000-word vocabulary with Zipf–Mandelbrot frequencies
 * (s = 1.0, q = 2.7), English function words at the top, real policy words, places and accented
 * names placed in rank bands, the rest synthesised pronounceable words (shorter ones more
 * frequent); each briefing has a country and ~15 topic words making 2–5 % of its words, 20–40
 * sections of 1–6 paragraphs, 5,000–8,000 words. Briefing i depends only on the seed and i, so the
 * 100-briefing library is a prefix of the 1,000 one, which is a prefix of the 10,000 one.
 */
import type { ParsedBriefing } from '../../src/main/library/model';

/** sfc32: a small, fast, well-distributed seeded PRNG. */
export function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  'the of and to in a is that for on as with by was are be it this from at or an which have has not their its were been ' +
  'also more than other but such between these all they who into most can would there will about over one two new may ' +
  'only some both after under while out up no so when them what had its however since three against through within first ' +
  'where well during many each while because per including'
)
  .split(' ')
  .filter((w, i, all) => all.indexOf(w) === i);

/** Real words and names, with the rank band they are placed in (from the research corpus). */
const PLACED: Array<[word: string, rank: number]> = [
  ['Colombia', 96],
  ['cocaine', 109],
  ['homicide', 114],
  ['police', 120],
  ['border', 125],
  ['government', 130],
  ['security', 135],
  ['violence', 140],
  ['port', 145],
  ['trafficking', 150],
  ['drug', 155],
  ['drugs', 160],
  ['crime', 165],
  ['organised', 170],
  ['Ecuador', 180],
  ['Peru', 190],
  ['Bolivia', 200],
  ['Mexico', 210],
  ['policy', 220],
  ['report', 230],
  ['market', 240],
  ['supply', 250],
  ['demand', 260],
  ['region', 270],
  ['criminal', 280],
  ['seizure', 288],
  ['seizures', 300],
  ['seized', 310],
  ['groups', 320],
  ['money', 330],
  ['laundering', 340],
  ['corruption', 350],
  ['prison', 360],
  ['gangs', 370],
  ['tonnes', 380],
  ['containers', 390],
  ['shipping', 400],
  ['traffickers', 420],
  ['trafficker', 900],
  ['extradition', 1100],
  ['Europol', 2571],
  ['Bogotá', 1739],
  ['Medellín', 2900],
  ['Guayaquil', 3139],
  ['Antwerp', 3500],
  ['Rotterdam', 3900],
  ['Núñez', 5200],
  ['Vălean', 6843],
  ['Espíndola', 31008],
  ['Macías', 34329],
  ['narcosubmarine', 46170],
  ['military', 500],
  ['coca', 520],
  ['cultivation', 560],
  ['production', 600],
  ['EU', 98],
  ['European', 104],
  ['Commission', 620],
  ['Parliament', 650],
  ['cooperation', 680],
  ['agreement', 700],
  ['strategy', 720],
  ['emergency', 760],
  ['president', 800],
  ['elections', 850],
  ['murders', 950],
  ['cartel', 1000],
  ['cartels', 1050],
  ['laboratories', 1500],
  ['precursors', 2000],
  ['Eurojust', 4200],
  ['Choneros', 8000],
  ['Villavicencio', 12000],
  ['Gálvez', 15000],
  ['Türk', 18000],
  ['Áñez', 21000]
];

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'tr', 'st', 'pl', 'gr', 'th', 'sh', 'fl', 'cr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ee', 'ai', 'oo', 'ea'];
const CODAS = ['', '', '', 'n', 's', 't', 'r', 'l', 'd', 'ng', 'st', 'k'];

export interface Vocabulary {
  words: string[];
  /** Cumulative probabilities over ranks. */
  cumulative: Float64Array;
  /** Rank of a placed word, for choosing query words. */
  rankOf: Map<string, number>;
}

export const VOCABULARY_SIZE = 50_000;

/** The vocabulary (deterministic). */
export function buildVocabulary(seed = 20261128): Vocabulary {
  const random = sfc32(seed, 0x9e3779b9, 0x243f6a88, 0xb7e15162);
  const words: Array<string | undefined> = new Array(VOCABULARY_SIZE).fill(undefined);
  FUNCTION_WORDS.forEach((w, i) => (words[i] = w));
  const used = new Set(words.filter((w): w is string => w !== undefined).map((w) => w.toLowerCase()));
  for (const [word, rank] of PLACED) {
    let r = rank;
    while (words[r] !== undefined) r++;
    words[r] = word;
    used.add(word.toLowerCase());
  }
  // Synthesised words: lengths grow with rank, like real vocabularies.
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) {
    if (words[rank] !== undefined) continue;
    const syllables = 1 + Math.min(4, Math.floor((Math.log10(rank + 10) - 1) * 0.8 + random() * 1.5));
    const synthesise = () => {
      let word = '';
      for (let s = 0; s < syllables; s++) word += pick(ONSETS, random) + pick(VOWELS, random) + (s === syllables - 1 ? pick(CODAS, random) : '');
      return word;
    };
    let word = synthesise();
    while (used.has(word) || word.length < 3) word = synthesise();
    used.add(word);
    words[rank] = word;
  }
  const cumulative = new Float64Array(VOCABULARY_SIZE);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) {
    total += 1 / (rank + 1 + 2.7);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) cumulative[rank]! /= total;
  const final = words as string[];
  return { words: final, cumulative, rankOf: new Map(final.map((w, i) => [w, i])) };
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function zipf(vocab: Vocabulary, random: () => number): string {
  const u = random();
  let lo = 0;
  let hi = VOCABULARY_SIZE - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab.cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo]!;
}

const COUNTRIES = ['Colombia', 'Ecuador', 'Peru', 'Bolivia', 'Mexico', 'Brazil', 'Venezuela', 'Chile', 'Argentina', 'Panama'];

/** Briefing number `index` of the corpus (deterministic). */
export function generateBriefing(vocab: Vocabulary, index: number, seed = 20261128): ParsedBriefing {
  const random = sfc32(seed ^ 0x5bd1e995, index + 1, 0x85ebca6b, (index * 2654435761) | 0);
  for (let i = 0; i < 12; i++) random();
  const country = pick(COUNTRIES, random);
  const topics: string[] = [country];
  const band = (from: number, to: number) => vocab.words[from + Math.floor(random() * (to - from))]!;
  for (let i = 0; i < 4; i++) topics.push(band(100, 1000));
  for (let i = 0; i < 5; i++) topics.push(band(1000, 10_000));
  for (let i = 0; i < 5; i++) topics.push(band(10_000, VOCABULARY_SIZE));
  if (random() < 0.3) topics.push(pick(PLACED, random)[0]);
  const topicShare = 0.02 + random() * 0.03;
  const word = () => {
    const r = random();
    if (r < 0.008) return random() < 0.5 ? String(1990 + Math.floor(random() * 35)) : String(1 + Math.floor(random() * 999));
    return r < 0.008 + topicShare ? pick(topics, random) : zipf(vocab, random);
  };
  const sentence = (length: number) => {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(word());
    const first = parts[0]!;
    parts[0] = first[0]!.toUpperCase() + first.slice(1);
    return `${parts.join(' ')}.`;
  };
  const paragraph = (words: number) => {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 8 + Math.floor(random() * 18));
      sentences.push(sentence(n));
      left -= n;
    }
    return sentences.join(' ');
  };
  const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const title = `${capital(pick(topics.slice(1, 5), random))} and ${pick(topics.slice(5), random)} in ${country}: ${zipf(vocab, random)} ${pick(topics, random)}`;
  const totalWords = 5000 + Math.floor(random() * 3001);
  const sectionCount = 20 + Math.floor(random() * 21);
  const perSection = totalWords / sectionCount;
  const sections: ParsedBriefing['sections'] = [];
  const blocks: ParsedBriefing['blocks'] = [];
  for (let s = 0; s < sectionCount; s++) {
    const heading = [capital(pick(topics, random)), zipf(vocab, random), pick(topics, random)].slice(0, 2 + Math.floor(random() * 2)).join(' ');
    sections.push({ title: heading, level: 1, parent: null, kind: s === 0 ? 'summary' : 'body' });
    const words = Math.max(20, Math.round(perSection * (0.5 + random())));
    const paragraphs = 1 + Math.floor(random() * 5);
    for (let p = 0; p < paragraphs; p++) {
      blocks.push({ kind: s === 0 ? 'summary' : 'paragraph', text: paragraph(Math.max(8, Math.round(words / paragraphs))), spans: [], section: s });
    }
  }
  return {
    metadata: {
      title,
      subtitle: null,
      documentType: random() < 0.8 ? 'Briefing' : 'At a glance',
      publisher: 'Benchmark',
      series: null,
      language: 'en',
      year: 2015 + Math.floor(random() * 10),
      date: null,
      authors: [],
      peNumber: null,
      url: null,
      sourceFormat: 'text',
      pages: null
    },
    inThisBriefing: [],
    sections,
    blocks,
    figures: [],
    references: [],
    warnings: []
  };
}

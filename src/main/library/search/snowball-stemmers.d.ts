/** Types for `snowball-stemmers` (the package ships none): Snowball stemmers ported to JavaScript. */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for one of `algorithms()`, e.g. "english" (Porter2). Throws for an unknown name. */
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}

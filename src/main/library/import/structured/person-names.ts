/**
 * Author names as documents write them ("Ana Macías", "Macías, Ana", "European Commission") →
 * the `PersonName` citations need. An organisation or a single word stays a literal name.
 */
import type { PersonName } from '../../../../shared/types';

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la']);
const ORGANISATION =
  /\b(commission|parliament|council|service|agency|office|institute|university|centre|center|foundation|ministry|department|committee|bank|union|association|group|network|team|staff|editors?|ltd|inc)\b/i;

export function personName(written: string): PersonName | null {
  const name = written.replace(/\s+/g, ' ').trim();
  if (name === '') return null;
  if (ORGANISATION.test(name)) return { literal: name };
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return { literal: name };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!.toLowerCase())) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/** Names from a value that may be one name, a list, or several joined by ";" or " and ". */
export function personNames(values: readonly string[]): PersonName[] {
  return values
    .flatMap((value) => value.split(/\s*;\s*|\s+and\s+|\s*&\s*/))
    .map(personName)
    .filter((name): name is PersonName => name !== null);
}

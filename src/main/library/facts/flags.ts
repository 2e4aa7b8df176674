/**
 * Consistency flags over a set of facts (one briefing's, or the library's):
 *
 * - conflict — the same measure, entity, unit and period with figures that differ beyond rounding;
 * - period-mismatch — the same figure for the same measure and entity, given for different periods;
 * - suspicious-unit — a unit that cannot go with its measure (a percentage "per 100 000 inhabitants");
 * - corroborated — the same fact stated consistently in several places (support, not a warning).
 *
 * Facts are compared only within buckets sharing a unit and a measure word, so a library of
 * thousands of facts is not compared pair by pair.
 */
import type { FactFlag, FactFlagKind, FactInContext } from '../../../shared/contract/facts';
import { formatFigure, formatPeriod } from '../../../shared/facts-format';
import { measureWords, sameEntity, sameMeasure, samePeriod, sameValue } from './compare';

type FlagDraft = Omit<FactFlag, 'dismissed'>;

/** The key a dismissal remembers: the kind and where each fact stands (briefing and offset). */
export function flagKey(kind: FactFlagKind, facts: readonly Pick<FactInContext, 'briefingId' | 'start'>[]): string {
  return `${kind}:${facts
    .map((f) => `${f.briefingId}@${f.start}`)
    .sort()
    .join(',')}`;
}

function draft(kind: FactFlagKind, facts: FactInContext[], note: string): FlagDraft {
  return { kind, factIds: facts.map((f) => f.id), note, key: flagKey(kind, facts) };
}

function subject(fact: FactInContext): string {
  return [fact.measure, fact.entity].filter(Boolean).join(', ') || 'the same figure';
}

function place(fact: FactInContext): string {
  const section = fact.sectionTitle && fact.sectionTitle !== fact.briefingTitle ? ` (${fact.sectionTitle})` : '';
  return `"${fact.briefingTitle}"${section}`;
}

/** The flags of a set of facts, in a stable order: warnings first, then corroborations. */
export function computeFlags(facts: readonly FactInContext[]): FlagDraft[] {
  const flags: FlagDraft[] = [];
  for (const fact of facts) {
    const reason = unitProblem(fact);
    if (reason) flags.push(draft('suspicious-unit', [fact], `${formatFigure(fact)} (${subject(fact)}): ${reason}.`));
  }
  const corroborating = new Map<number, FactInContext[]>();
  const seen = new Set<string>();
  for (const [a, b] of comparablePairs(facts)) {
    const pairKey = `${a.id}-${b.id}`;
    if (seen.has(pairKey)) continue;
    seen.add(pairKey);
    const equal = sameValue(a, b);
    if (samePeriod(a.period, b.period)) {
      if (equal) {
        if (a.blockId !== b.blockId) join(corroborating, a, b);
      } else if (a.text !== b.text && (a.period || sameMeasure(a.measure, b.measure, true))) {
        // Two figures of one sentence are two things ("15 % … 8 % … 11 % of exports"), never a conflict.
        flags.push(
          draft(
            'conflict',
            [a, b],
            `${capitalise(subject(a))}, ${formatPeriod(a.period)}: ${formatFigure(a)} in ${place(a)} but ${formatFigure(b)} in ${place(b)}.`
          )
        );
      }
    } else if (equal && a.period && b.period) {
      flags.push(
        draft(
          'period-mismatch',
          [a, b],
          `${capitalise(formatFigure(a))} (${subject(a)}) is given for ${formatPeriod(a.period)} in ${place(a)} and for ${formatPeriod(b.period)} in ${place(b)}.`
        )
      );
    }
  }
  const groups = new Set(corroborating.values());
  for (const group of groups) {
    const first = group[0]!;
    const briefings = new Set(group.map((f) => f.briefingId)).size;
    const sections = [...new Set(group.map((f) => f.sectionTitle ?? 'untitled'))].join('; ');
    const where = briefings > 1 ? `in ${briefings} briefings` : `${group.length} times in "${first.briefingTitle}" (${sections})`;
    flags.push(
      draft('corroborated', group, `${capitalise(formatFigure(first))} (${subject(first)}, ${formatPeriod(first.period)}) is stated consistently ${where}.`)
    );
  }
  const order: Record<FactFlagKind, number> = { conflict: 0, 'period-mismatch': 1, 'suspicious-unit': 2, corroborated: 3 };
  return flags.sort((x, y) => order[x.kind] - order[y.kind] || x.factIds[0]! - y.factIds[0]!);
}

/** Pairs of facts with the same unit, a shared measure word, matching measures and entities. */
function* comparablePairs(facts: readonly FactInContext[]): Generator<[FactInContext, FactInContext]> {
  const buckets = new Map<string, FactInContext[]>();
  for (const fact of facts) {
    for (const word of new Set(measureWords(fact.measure))) {
      const key = `${fact.unit ?? ''}|${word}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(fact);
      else buckets.set(key, [fact]);
    }
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (a.start === b.start && a.briefingId === b.briefingId) continue;
        if (sameEntity(a.entity, b.entity) && sameMeasure(a.measure, b.measure)) yield a.id < b.id ? [a, b] : [b, a];
      }
    }
  }
}

/** Joins two corroborating facts into one group (every member maps to the same array). */
function join(groups: Map<number, FactInContext[]>, a: FactInContext, b: FactInContext): void {
  const ga = groups.get(a.id);
  const gb = groups.get(b.id);
  if (ga && gb) {
    if (ga === gb) return;
    for (const f of gb) {
      ga.push(f);
      groups.set(f.id, ga);
    }
    return;
  }
  const group = ga ?? gb ?? [];
  for (const f of [a, b]) {
    if (!group.includes(f)) group.push(f);
    groups.set(f.id, group);
  }
  group.sort((x, y) => x.id - y.id);
}

const CURRENCIES = new Set(['EUR', 'USD', 'GBP', 'CHF']);

/** Why the unit cannot go with the measure, or null. */
function unitProblem(fact: FactInContext): string | null {
  const unit = fact.unit ?? '';
  if (unit.startsWith('percent per ')) return `a percentage cannot also be a rate ${unit.slice('percent '.length)}; one of the two is likely wrong`;
  const words = measureWords(fact.measure);
  if (words.includes('rate') && (CURRENCIES.has(unit) || unit === 'tonnes')) return `a rate is not measured in ${unit}`;
  if (unit === 'percent' && (words.includes('share') || words.includes('proportion')) && fact.value > 100) return 'a share cannot exceed 100 %';
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The state of an import of several files, one row a file: waiting, parsing, then imported,
 * duplicate, failed (with the one-line reason) or cancelled. Pure functions, so the panel only
 * draws what they say.
 */
import type { ImportOutcome } from '../../../shared/types';

export type ImportRowStatus = 'waiting' | 'parsing' | 'done' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportRow {
  name: string;
  status: ImportRowStatus;
  /** The imported title, or the reason of a duplicate or a failure. */
  detail: string | null;
}

export function waitingRows(names: readonly string[]): ImportRow[] {
  return names.map((name) => ({ name, status: 'waiting', detail: null }));
}

export function withStatus(rows: readonly ImportRow[], index: number, status: ImportRowStatus, detail: string | null = null): ImportRow[] {
  return rows.map((row, i) => (i === index ? { ...row, status, detail } : row));
}

/** The row a file's outcome makes. */
export function rowFromOutcome(row: ImportRow, outcome: ImportOutcome): ImportRow {
  if ('id' in outcome) return { ...row, status: 'done', detail: outcome.title };
  return { ...row, status: outcome.duplicateOf ? 'duplicate' : 'failed', detail: outcome.error };
}

/** Rows still waiting become cancelled; the one being parsed finishes. */
export function cancelWaiting(rows: readonly ImportRow[]): ImportRow[] {
  return rows.map((row) => (row.status === 'waiting' ? { ...row, status: 'cancelled' } : row));
}

/** "3 imported · 1 already in the library · 1 failed". */
export function summary(rows: readonly ImportRow[]): string {
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;
  const parts = [
    [count('done'), 'imported'],
    [count('duplicate'), 'already in the library'],
    [count('failed'), 'failed'],
    [count('cancelled'), 'cancelled']
  ].filter(([n]) => (n as number) > 0);
  return parts.length === 0 ? 'Nothing imported' : parts.map(([n, label]) => `${n} ${label}`).join(' · ');
}

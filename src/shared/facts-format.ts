/**
 * How a fact's figure and period read, the same in the CLI, the exports and the app:
 * "303 tonnes", "€139 billion", "about 45 per 100 000 inhabitants", "2011–2021".
 */
import type { Fact } from './contract/facts';

/** The figure as a reader writes it: "303 tonnes", "€139 billion", "61 %", "13.7 per 100 000 inhabitants". */
export function formatFigure(fact: Pick<Fact, 'value' | 'valueTo' | 'unit' | 'scale' | 'qualifier'>): string {
  const scaled = formatAmount({ ...fact, qualifier: null });
  const qualifier = fact.qualifier ? `${fact.qualifier} ` : '';
  const unit = fact.unit ?? '';
  if (unit === 'EUR') return `${qualifier}€${scaled}`;
  if (unit === 'USD') return `${qualifier}US$${scaled}`;
  if (unit.startsWith('percent')) return `${qualifier}${scaled} %${unit.slice('percent'.length)}`;
  return `${qualifier}${scaled}${unit ? ` ${unit}` : ''}`;
}

/** The number with its qualifier and scale, without the unit: "about 139 billion", "5–7". */
export function formatAmount(fact: Pick<Fact, 'value' | 'valueTo' | 'scale' | 'qualifier'>): string {
  const number = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 6 }).replace(/,/g, '\u202f');
  const amount = fact.valueTo !== null ? `${number(fact.value)}–${number(fact.valueTo)}` : number(fact.value);
  const scaled = fact.scale ? `${amount} ${fact.scale}` : amount;
  return fact.qualifier ? `${fact.qualifier} ${scaled}` : scaled;
}

/** "2021" or "2011–2021", or "undated". */
export function formatPeriod(period: Fact['period']): string {
  if (!period) return 'undated';
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

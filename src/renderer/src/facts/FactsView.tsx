/**
 * The Facts view: every statistic in the library, filtered by measure, entity, period, unit and
 * briefing; charts of the filtered facts (the same measure over periods as lines, entities in one
 * period as bars); the consistency flags; and the filtered facts exported as CSV or JSON, each row
 * with its citation and deep link.
 */
import { useMemo, useState } from 'react';
import type { FactFilters, FactInContext } from '../../../shared/contract/facts';
import { formatFigure } from '../../../shared/facts-format';
import { api } from '../api/client';
import { AppHeader } from '../app/AppHeader';
import type { ReaderTarget } from '../reader/ReaderScreen';
import { base64Bytes } from '../api/base64';
import { saveFile } from '../export/save-file';
import { useBriefingList } from '../library/useBriefingList';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { barData, barYears, lineData } from './chart-data';
import { copyFact } from './copy-fact';
import { FactChart } from './FactChart';
import { FactsTable } from './FactsTable';
import { FlagList } from './FlagList';
import { flaggedFacts, useFacts } from './useFacts';

interface FilterForm {
  measure: string;
  entity: string;
  unit: string;
  year: string;
  briefingId: string;
}

const EMPTY: FilterForm = { measure: '', entity: '', unit: '', year: '', briefingId: '' };

function toFilters(form: FilterForm): FactFilters {
  const filters: FactFilters = {};
  if (form.measure.trim()) filters.measure = form.measure.trim();
  if (form.entity.trim()) filters.entity = form.entity.trim();
  if (form.unit.trim()) filters.unit = form.unit.trim();
  if (/^\d{4}$/.test(form.year.trim())) filters.year = Number(form.year.trim());
  if (form.briefingId) filters.briefingId = form.briefingId;
  return filters;
}

export function FactsView({ onOpen }: { onOpen(briefingId: string, target?: ReaderTarget): void }) {
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const filters = useMemo(() => toFilters(form), [form]);
  const { facts, flags, loading, error, reload } = useFacts(filters, {});
  const [briefings] = useBriefingList();
  const { notify } = useToasts();
  const [chart, setChart] = useState<'line' | 'bar'>('line');
  const [barYear, setBarYear] = useState<number | undefined>(undefined);
  const byId = useMemo(() => new Map(facts.map((f) => [f.id, f])), [facts]);
  const visibleFlags = useMemo(() => flags.filter((flag) => flag.factIds.some((id) => byId.has(id))), [flags, byId]);
  const years = useMemo(() => barYears(facts), [facts]);
  const data = useMemo(() => (chart === 'line' ? lineData(facts) : barData(facts, barYear)), [chart, facts, barYear]);
  const title =
    chart === 'line'
      ? `${form.measure.trim() || 'Facts'} over time${data.unit ? `, in ${data.unit}` : ''}`
      : `${form.measure.trim() || 'Facts'} by entity in ${data.year ?? '—'}${data.unit ? `, in ${data.unit}` : ''}`;

  const field = (name: keyof FilterForm, label: string, placeholder: string) => (
    <label>
      {label}
      <input type="search" value={form[name]} placeholder={placeholder} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  );
  const show = (fact: FactInContext) => onOpen(fact.briefingId, fact.blockId !== null ? { blockId: fact.blockId } : undefined);
  const copy = (fact: FactInContext) =>
    copyFact(fact, null).then(
      () => notify({ tone: 'success', message: `Copied ${formatFigure(fact)} with its citation` }),
      (e: unknown) => notify({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
    );
  const exportAs = (format: 'csv' | 'json') =>
    api.exportFacts({ filters, format }).then(
      (file) => {
        saveFile(file.filename, new Blob([base64Bytes(file.base64)], { type: file.mime }));
        notify({ tone: 'success', message: `Exported ${file.facts === 1 ? '1 fact' : `${file.facts} facts`} as ${format.toUpperCase()}` });
      },
      (e: unknown) => notify({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
    );
  const briefingOptions = briefings.status === 'ready' ? briefings.briefings : [];

  return (
    <div className="library facts-view">
      <AppHeader
        current="facts"
        actions={
          <>
            <button type="button" className="button" onClick={() => void exportAs('json')} disabled={facts.length === 0}>
              <Icon name="import" />
              Export JSON
            </button>
            <button type="button" className="button primary" onClick={() => void exportAs('csv')} disabled={facts.length === 0}>
              <Icon name="import" />
              Export CSV
            </button>
          </>
        }
      />
      <main className="facts-view-body">
        <h1>Facts and figures</h1>
        <form className="facts-filters" role="search" aria-label="Filter facts" onSubmit={(e) => e.preventDefault()}>
          {field('measure', 'Measure', 'cocaine, homicide rate…')}
          {field('entity', 'Entity', 'Ecuador, EU…')}
          {field('year', 'Year', 'e.g. 2021')}
          {field('unit', 'Unit', 'tonnes, percent…')}
          <label>
            Briefing
            <select value={form.briefingId} onChange={(e) => setForm({ ...form, briefingId: e.target.value })}>
              <option value="">All briefings</option>
              {briefingOptions.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => setForm(EMPTY)} disabled={JSON.stringify(form) === JSON.stringify(EMPTY)}>
            Clear filters
          </button>
        </form>
        <p className="muted" aria-live="polite">
          {loading
            ? 'Loading facts…'
            : error
              ? error
              : `${facts.length === 1 ? '1 fact' : `${facts.length} facts`} in ${new Set(facts.map((f) => f.briefingId)).size} briefings`}
        </p>
        <div className="facts-layout">
          <section className="facts-section" aria-labelledby="facts-table-heading">
            <h2 id="facts-table-heading">Facts</h2>
            <FactsTable
              facts={facts}
              caption="Facts matching the filters"
              showBriefing
              onShow={show}
              onCopy={(f) => void copy(f)}
              flagged={flaggedFacts(visibleFlags)}
            />
          </section>
          <div>
            <section className="facts-section" aria-labelledby="facts-chart-heading">
              <h2 id="facts-chart-heading">Chart</h2>
              <div className="fact-chart-controls">
                <div role="radiogroup" aria-label="Chart type">
                  <label>
                    <input type="radio" name="chart" checked={chart === 'line'} onChange={() => setChart('line')} /> Over time (lines)
                  </label>{' '}
                  <label>
                    <input type="radio" name="chart" checked={chart === 'bar'} onChange={() => setChart('bar')} /> Entities in one year (bars)
                  </label>
                </div>
                {chart === 'bar' && years.length > 0 && (
                  <label>
                    Year{' '}
                    <select value={data.year ?? ''} onChange={(e) => setBarYear(Number(e.target.value))}>
                      {years.map((y) => (
                        <option key={y} value={y}>
                          {y}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
              <FactChart data={data} title={title} fileStem="facts-chart" />
            </section>
            <section className="facts-section" aria-labelledby="facts-flags-heading">
              <h2 id="facts-flags-heading">Consistency flags</h2>
              <FlagList flags={visibleFlags} facts={byId} onShow={show} onChanged={reload} />
            </section>
          </div>
        </div>
      </main>
    </div>
  );
}

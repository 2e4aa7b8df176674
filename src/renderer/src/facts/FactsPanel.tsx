/**
 * The Facts panel of the reader: every statistic of the open briefing in a sortable, filterable
 * table (a click shows the passage with the figure marked; copy puts the fact on the clipboard
 * with its citation), the consistency flags that involve it, and their markers in the margin.
 */
import { useMemo, useState } from 'react';
import type { FactFlag, FactInContext } from '../../../shared/contract/facts';
import { formatFigure } from '../../../shared/facts-format';
import type { BriefingDocument } from '../../../shared/types';
import { clearHighlight } from '../reader/highlights';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { copyFact } from './copy-fact';
import { FactsTable } from './FactsTable';
import { FlagList } from './FlagList';
import { FlagMargin } from './FlagMargin';
import { showFact } from './mark-fact';
import { filterFacts } from './sort-facts';
import { flaggedFacts, useFacts } from './useFacts';

export function FactsButton({ doc }: { doc: BriefingDocument }) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'facts' | 'flags'>('facts');
  const [currentFlag, setCurrentFlag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const { notify } = useToasts();
  const { facts, flags: allFlags, reload } = useFacts({ briefingId: doc.id }, {});
  const byId = useMemo(() => new Map(facts.map((f) => [f.id, f])), [facts]);
  // Library-wide flags that involve this briefing's facts.
  const flags = useMemo(() => allFlags.filter((flag) => flag.factIds.some((id) => byId.has(id))), [allFlags, byId]);
  const blocks = useMemo(() => new Map(doc.blocks.map((b) => [b.id, b])), [doc]);
  const visible = useMemo(() => filterFacts(facts, query, formatFigure), [facts, query]);

  const show = (fact: FactInContext) => {
    const block = fact.blockId !== null ? blocks.get(fact.blockId) : undefined;
    if (!block || !showFact(fact, block.textStart)) notify({ tone: 'error', message: 'Facts: that passage is not shown in the reader' });
  };
  const copy = (fact: FactInContext) => {
    const block = fact.blockId !== null ? blocks.get(fact.blockId) : undefined;
    copyFact(fact, block ?? null).then(
      () => notify({ tone: 'success', message: `Copied ${formatFigure(fact)} with its citation` }),
      (error: unknown) => notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) })
    );
  };
  const openFlag = (flag: FactFlag, fact: FactInContext) => {
    setOpen(true);
    setTab('flags');
    setCurrentFlag(flag.key);
    show(fact);
  };
  const close = () => {
    setOpen(false);
    clearHighlight('fact-current');
  };

  return (
    <>
      <button
        type="button"
        className={`icon-button${open ? ' active' : ''}`}
        aria-pressed={open}
        aria-controls={open ? 'facts-panel' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        title="Facts and figures"
      >
        <Icon name="chart" />
        <span className="visually-hidden">Facts and figures</span>
      </button>
      <FlagMargin flags={flags} facts={byId} onOpen={openFlag} />
      {open && (
        <section id="facts-panel" className="facts-panel" aria-label="Facts and figures in this briefing">
          <header className="facts-panel-header">
            <h2>Facts and figures</h2>
            <button type="button" className="icon-button" aria-label="Close the facts panel" onClick={close}>
              <Icon name="x" />
            </button>
          </header>
          <div className="facts-tabs" role="tablist" aria-label="Facts or flags">
            {(['facts', 'flags'] as const).map((name) => (
              <button key={name} type="button" role="tab" aria-selected={tab === name} className="facts-tab" onClick={() => setTab(name)}>
                {name === 'facts' ? `Facts (${facts.length})` : `Flags (${flags.length})`}
              </button>
            ))}
          </div>
          <div className="facts-panel-body" role="tabpanel" aria-label={tab === 'facts' ? 'Facts' : 'Flags'}>
            {tab === 'facts' ? (
              <>
                <label className="facts-filter">
                  <span className="visually-hidden">Filter facts</span>
                  <input type="search" placeholder="Filter: cocaine, Ecuador, 2021…" value={query} onChange={(e) => setQuery(e.target.value)} />
                </label>
                {visible.length === 0 ? (
                  <p className="muted facts-empty">{facts.length === 0 ? 'No statistics were found in this briefing.' : 'No fact matches the filter.'}</p>
                ) : (
                  <FactsTable facts={visible} caption="Statistics in this briefing" onShow={show} onCopy={copy} flagged={flaggedFacts(flags)} />
                )}
              </>
            ) : (
              <FlagList flags={flags} facts={byId} onShow={show} onChanged={reload} current={currentFlag} />
            )}
          </div>
        </section>
      )}
    </>
  );
}

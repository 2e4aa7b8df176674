/** The Notes view's filter bar: text, colours, tag, anchoring state and order. */
import type { TagCount } from '../../../shared/contract/annotations';
import { ANNOTATION_COLORS, type AnchorStatus } from '../../../shared/types';
import { Icon } from '../ui/Icon';
import { COLOR_LABELS, STATUS_LABELS } from '../ui/annotation-labels';
import type { NotesFilterState } from './notes-filter';

export interface NotesFiltersProps {
  filters: NotesFilterState;
  tags: readonly TagCount[];
  onChange(filters: NotesFilterState): void;
}

export function NotesFilters({ filters, tags, onChange }: NotesFiltersProps) {
  const set = (change: Partial<NotesFilterState>) => onChange({ ...filters, ...change });
  return (
    <div className="notes-filters" role="search" aria-label="Filter notes">
      <label className="notes-search">
        <Icon name="search" />
        <input
          type="search"
          placeholder="Search quotes, notes and tags"
          aria-label="Search notes"
          value={filters.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <div className="color-filter" role="group" aria-label="Colours">
        {ANNOTATION_COLORS.map((color) => {
          const on = filters.colors.includes(color);
          return (
            <button
              key={color}
              type="button"
              className={`color-toggle color-${color}`}
              aria-pressed={on}
              aria-label={COLOR_LABELS[color]}
              title={COLOR_LABELS[color]}
              onClick={() => set({ colors: on ? filters.colors.filter((c) => c !== color) : [...filters.colors, color] })}
            />
          );
        })}
      </div>
      <select aria-label="Tag" value={filters.tag} onChange={(event) => set({ tag: event.target.value })}>
        <option value="">All tags</option>
        {tags.map((t) => (
          <option key={t.tag} value={t.tag}>
            #{t.tag} ({t.count})
          </option>
        ))}
      </select>
      <select aria-label="State" value={filters.status} onChange={(event) => set({ status: event.target.value as AnchorStatus | '' })}>
        <option value="">Any state</option>
        {(Object.keys(STATUS_LABELS) as AnchorStatus[]).map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status].label}
          </option>
        ))}
      </select>
      <select aria-label="Order" value={filters.sort} onChange={(event) => set({ sort: event.target.value as NotesFilterState['sort'] })}>
        <option value="position">Reading order</option>
        <option value="created">Newest first</option>
      </select>
    </div>
  );
}

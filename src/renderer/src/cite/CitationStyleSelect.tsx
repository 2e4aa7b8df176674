/** The citation style chooser of the cite and export dialogs: the bundled styles by their names. */
import type { CitationStyleId } from '../../../shared/contract/citations';
import type { CitationStylesState } from './useCitationStyles';

export interface CitationStyleSelectProps {
  label: string;
  styles: CitationStylesState;
  value: CitationStyleId | null | undefined;
  onChange(style: CitationStyleId): void;
}

export function CitationStyleSelect({ label, styles, value, onChange }: CitationStyleSelectProps) {
  return (
    <label className="field inline-field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} disabled={styles.status !== 'ready'} onChange={(event) => onChange(event.target.value as CitationStyleId)}>
        {styles.status === 'ready' &&
          styles.styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
      </select>
    </label>
  );
}

/**
 * "Briefing details": the metadata a citation is made from — authors, title, date, type, series,
 * publisher, PE number, address, language. The bundled briefing names no author or date, so this
 * is where the user completes it. Main checks every value; its one-line message shows by the Save
 * button and nothing is saved until it is fixed.
 */
import { useEffect, useId, useState } from 'react';
import type { BriefingMetadata } from '../../../shared/types';
import { api, errorMessage } from '../api/client';
import { Dialog, DialogHeader } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { AuthorsEditor } from './AuthorsEditor';
import { metadataForm, metadataPatch, type MetadataForm, type TextField } from './metadata-form';

interface FieldSpec {
  field: TextField;
  label: string;
  hint?: string;
  placeholder?: string;
  type?: 'url';
  /** Half-width fields sit two to a row. */
  half?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'title', label: 'Title' },
  { field: 'subtitle', label: 'Subtitle' },
  { field: 'date', label: 'Date', hint: 'Year, year and month, or the full date', placeholder: '2024-04', half: true },
  { field: 'documentType', label: 'Document type', placeholder: 'Briefing', half: true },
  { field: 'series', label: 'Series', placeholder: 'EPRS Briefing', half: true },
  { field: 'publisher', label: 'Publisher', placeholder: 'European Parliamentary Research Service', half: true },
  { field: 'peNumber', label: 'PE number', placeholder: 'PE 760.390', half: true },
  { field: 'language', label: 'Language', hint: 'A language tag such as en, fr or pt-BR', half: true },
  { field: 'url', label: 'Web address', placeholder: 'https://www.europarl.europa.eu/…', type: 'url' }
];

export interface MetadataDialogProps {
  briefingId: string;
  onClose(): void;
  onSaved?(metadata: BriefingMetadata): void;
}

export function MetadataDialog({ briefingId, onClose, onSaved }: MetadataDialogProps) {
  const [form, setForm] = useState<MetadataForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { notify } = useToasts();
  const id = useId();

  useEffect(() => {
    let current = true;
    api.getBriefing({ id: briefingId }).then(
      (doc) => current && setForm(metadataForm(doc.metadata)),
      (e: unknown) => current && setError(errorMessage(e))
    );
    return () => {
      current = false;
    };
  }, [briefingId]);

  const save = async () => {
    if (!form) return;
    setSaving(true);
    try {
      const saved = await api.updateMetadata({ id: briefingId, patch: metadataPatch(form) });
      notify({ tone: 'success', message: `Saved the details of “${saved.title}”` });
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Dialog label="Briefing details" onClose={onClose} className="form-dialog metadata-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogHeader title="Briefing details" subtitle="Citations and exported notes are made from these." onClose={onClose} />
        <div className="dialog-body metadata-fields" aria-busy={!form}>
          {form ? (
            <>
              <AuthorsEditor authors={form.authors} onChange={(authors) => setForm({ ...form, authors })} />
              {FIELDS.map((spec) => (
                <div key={spec.field} className={`field${spec.half ? ' half' : ''}`}>
                  <label htmlFor={`${id}-${spec.field}`} className="field-label">
                    {spec.label}
                  </label>
                  <input
                    id={`${id}-${spec.field}`}
                    type={spec.type ?? 'text'}
                    value={form[spec.field]}
                    placeholder={spec.placeholder}
                    autoFocus={spec.field === 'title'}
                    aria-describedby={spec.hint ? `${id}-${spec.field}-hint` : undefined}
                    onChange={(event) => setForm({ ...form, [spec.field]: event.target.value })}
                  />
                  {spec.hint && (
                    <span id={`${id}-${spec.field}-hint`} className="field-hint">
                      {spec.hint}
                    </span>
                  )}
                </div>
              ))}
            </>
          ) : (
            !error && <p className="muted">Loading the details…</p>
          )}
        </div>
        <div className="dialog-actions dialog-footer">
          {error && (
            <p className="inline-error form-error" role="alert">
              <Icon name="alert" />
              {error}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!form || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

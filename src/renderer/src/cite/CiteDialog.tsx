/**
 * "Cite this briefing" (or one of its sections, chosen in the dialog, for a citation with the
 * section as its locator): the citation in the chosen style, previewed, copied as text and HTML; and the whole briefing as a reference for Zotero, EndNote or LaTeX
 * (BibTeX, RIS, CSL-JSON). The style chosen here is remembered for the next citation.
 */
import { useEffect, useState } from 'react';
import type { SectionInfo } from '../../../shared/types';
import { REFERENCE_FORMATS, type CitationResult, type CitationStyleId, type ReferenceFormat } from '../../../shared/contract/citations';
import { api, errorMessage } from '../api/client';
import { saveFile } from '../export/save-file';
import { Dialog, DialogHeader } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { copyCitation } from './copy-citation';
import { useCitationStyles } from './useCitationStyles';
import { RichTextView } from '../ui/RichTextView';
import { CitationStyleSelect } from './CitationStyleSelect';

const REFERENCE_LABELS: Record<ReferenceFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

export interface CiteDialogProps {
  briefingId: string;
  /** The briefing's sections, any of which can be cited instead of the whole. */
  sections: readonly SectionInfo[];
  /** The briefing has no authors: the citation starts with its title, and the dialog offers to add them. */
  missingAuthors: boolean;
  /** Opens Briefing details to complete the metadata the citation is made from. */
  onCompleteDetails(): void;
  onClose(): void;
}

export function CiteDialog({ briefingId, sections, missingAuthors, onCompleteDetails, onClose }: CiteDialogProps) {
  const [sectionId, setSectionId] = useState<number | null>(null);
  const styles = useCitationStyles();
  const [style, setStyle] = useState<CitationStyleId | null>(null);
  const [result, setResult] = useState<CitationResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The choice the shown preview was made for; while it differs from the current one, a new one is being made. */
  const [settledFor, setSettledFor] = useState<string | null>(null);
  const { notify } = useToasts();
  const shownStyle = style ?? (styles.status === 'ready' ? styles.current : null);

  const choice = JSON.stringify([briefingId, sectionId, style, shownStyle]);
  const pending = settledFor !== choice;

  useEffect(() => {
    if (!shownStyle) return;
    let current = true;
    // Only a style the user picked is sent: that is what main remembers as their choice.
    api.cite({ briefingId, ...(sectionId !== null ? { sectionId } : {}), ...(style ? { style } : {}) }).then(
      (cited) => current && (setResult(cited), setError(null), setSettledFor(choice)),
      (e: unknown) => current && (setError(errorMessage(e)), setSettledFor(choice))
    );
    return () => {
      current = false;
    };
  }, [briefingId, sectionId, style, shownStyle, choice]);

  const copy = async () => {
    if (!result) return;
    try {
      await copyCitation(result);
      notify({ tone: 'success', message: 'Citation copied' });
    } catch (e) {
      notify({ tone: 'error', message: `Copy: ${errorMessage(e)}` });
    }
  };

  const exportReference = async (format: ReferenceFormat) => {
    try {
      const reference = await api.exportReference({ briefingId, format });
      saveFile(reference.filename, new Blob([reference.content], { type: reference.mime }));
      notify({ tone: 'success', message: `Saved the reference as ${reference.filename}` });
    } catch (e) {
      notify({ tone: 'error', message: errorMessage(e) });
    }
  };

  return (
    <Dialog label="Cite this briefing" onClose={onClose} className="form-dialog cite-dialog">
      <DialogHeader title="Cite this briefing" onClose={onClose} />
      <div className="dialog-body">
        <label className="field inline-field">
          <span className="field-label">Cite</span>
          <select value={sectionId ?? ''} onChange={(event) => setSectionId(event.target.value === '' ? null : Number(event.target.value))}>
            <option value="">The whole briefing</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {'\u2003'.repeat(s.level - 1)}
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <CitationStyleSelect label="Style" styles={styles} value={shownStyle} onChange={setStyle} />
        <section className={`citation-preview${pending ? ' pending' : ''}`} aria-label="Citation preview" aria-live="polite" aria-busy={pending}>
          {result ? (
            <>
              <p className="eyebrow">In the text</p>
              <p className="citation-inline">{result.citation}</p>
              <p className="eyebrow">Reference list</p>
              <p className="citation-reference">
                <RichTextView runs={result.bibliographyRuns} />
              </p>
            </>
          ) : (
            !error && <p className="muted">Formatting the citation…</p>
          )}
        </section>
        {missingAuthors && (
          <p className="citation-hint small">
            <Icon name="info" />
            <span>No authors are recorded for this briefing, so the citation begins with its title.</span>
            <button type="button" className="link-button" onClick={onCompleteDetails}>
              Add authors in Briefing details…
            </button>
          </p>
        )}
        {(error ?? (styles.status === 'error' ? styles.message : null)) && (
          <p className="inline-error" role="alert">
            {error ?? (styles.status === 'error' ? styles.message : '')}
          </p>
        )}
        <div className="reference-export">
          <p className="small muted">For a reference manager (Zotero, EndNote, JabRef, LaTeX):</p>
          <div className="reference-buttons" role="group" aria-label="Export reference">
            {REFERENCE_FORMATS.map((format) => (
              <button key={format} type="button" className="button small-button" onClick={() => void exportReference(format)}>
                {REFERENCE_LABELS[format]}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="dialog-actions dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button primary" disabled={!result || pending} onClick={() => void copy()} autoFocus>
          <Icon name="file" />
          Copy citation
        </button>
      </div>
    </Dialog>
  );
}

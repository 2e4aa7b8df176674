/**
 * The authors of a briefing as an editable list: each a person (family and given names) or an
 * organisation, added, removed and put in order with buttons that work from the keyboard.
 */
import { type AuthorRow, moveRow, newAuthorRow } from './metadata-form';
import { Icon } from '../ui/Icon';

export interface AuthorsEditorProps {
  authors: AuthorRow[];
  onChange(authors: AuthorRow[]): void;
}

export function AuthorsEditor({ authors, onChange }: AuthorsEditorProps) {
  const update = (index: number, change: Partial<AuthorRow>) => onChange(authors.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="authors-editor">
      <legend className="field-label">Authors</legend>
      {authors.length === 0 && <p className="muted small">No authors yet. Citations will start with the title.</p>}
      <ol className="author-rows">
        {authors.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.key} className="author-row">
              <select aria-label={`Author ${n}: kind`} value={row.kind} onChange={(event) => update(index, { kind: event.target.value as AuthorRow['kind'] })}>
                <option value="person">Person</option>
                <option value="organisation">Organisation</option>
              </select>
              {row.kind === 'person' ? (
                <>
                  <input
                    aria-label={`Author ${n}: family name`}
                    placeholder="Family name"
                    value={row.family}
                    onChange={(event) => update(index, { family: event.target.value })}
                  />
                  <input
                    aria-label={`Author ${n}: given names`}
                    placeholder="Given names"
                    value={row.given}
                    onChange={(event) => update(index, { given: event.target.value })}
                  />
                </>
              ) : (
                <input
                  className="wide-input"
                  aria-label={`Author ${n}: organisation`}
                  placeholder="Organisation"
                  value={row.name}
                  onChange={(event) => update(index, { name: event.target.value })}
                />
              )}
              <span className="author-row-actions">
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={`Move author ${n} up`}
                  disabled={index === 0}
                  onClick={() => onChange(moveRow(authors, index, -1))}
                >
                  <Icon name="up" />
                </button>
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={`Move author ${n} down`}
                  disabled={index === authors.length - 1}
                  onClick={() => onChange(moveRow(authors, index, 1))}
                >
                  <Icon name="down" />
                </button>
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={`Remove author ${n}`}
                  onClick={() => onChange(authors.filter((_, i) => i !== index))}
                >
                  <Icon name="x" />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="link-button add-author" onClick={() => onChange([...authors, newAuthorRow()])}>
        + Add author
      </button>
    </fieldset>
  );
}

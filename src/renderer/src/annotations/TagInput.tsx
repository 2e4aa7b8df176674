/**
 * Tags as removable chips with a text field that suggests existing tags as you type (the library's
 * tags, most used first). Enter or comma adds a tag, Backspace in the empty field removes the last
 * one, arrow keys move through the suggestions — an ARIA combobox with a listbox.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';
import { Icon } from '../ui/Icon';

export interface TagInputProps {
  tags: string[];
  onChange(tags: string[]): void;
  /** Focus the field when mounted (the toolbar's Tags button). */
  autoFocus?: boolean;
}

const MAX_SUGGESTIONS = 8;

export function TagInput({ tags, onChange, autoFocus }: TagInputProps) {
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const prefix = text.trim();
    let current = true;
    if (prefix === '') return;
    api.listTags({ prefix, limit: MAX_SUGGESTIONS + tags.length }).then(
      (found) => {
        if (!current) return;
        const taken = new Set(tags.map((t) => t.toLowerCase()));
        setSuggestions(
          found
            .map((t) => t.tag)
            .filter((t) => !taken.has(t.toLowerCase()))
            .slice(0, MAX_SUGGESTIONS)
        );
        setActive(-1);
      },
      () => current && setSuggestions([])
    );
    return () => {
      current = false;
    };
  }, [text, tags]);

  const add = (tag: string) => {
    const clean = tag.trim().replace(/^#/, '');
    if (clean && !tags.some((t) => t.toLowerCase() === clean.toLowerCase())) onChange([...tags, clean]);
    setText('');
    setSuggestions([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if ((event.key === 'Enter' || event.key === ',' || event.key === 'Tab') && !(event.metaKey || event.ctrlKey)) {
      const chosen = active >= 0 ? suggestions[active] : text;
      if (!chosen?.trim()) return;
      // Tab completes a suggestion and stays; with nothing typed it moves on as usual.
      event.preventDefault();
      add(chosen);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    } else if (event.key === 'Escape' && suggestions.length > 0) {
      event.preventDefault();
      event.stopPropagation();
      setSuggestions([]);
    }
  };

  const open = suggestions.length > 0;
  // Near the bottom of the sidebar the suggestions would open out of sight.
  useEffect(() => {
    if (open) list.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <div className="tag-input">
      <ul className="tag-chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            {tag}
            <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              <Icon name="x" />
            </button>
          </li>
        ))}
      </ul>
      <div className="tag-field">
        <input
          type="text"
          className="tag-text"
          role="combobox"
          aria-label="Add a tag"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={tags.length === 0 ? 'Add tags…' : 'Add a tag…'}
          value={text}
          autoFocus={autoFocus}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            // Nothing typed, nothing to suggest (no request is made for an empty prefix).
            if (event.target.value.trim() === '') setSuggestions([]);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setSuggestions([])}
        />
        <ul ref={list} id={listId} role="listbox" aria-label="Existing tags" className="tag-suggestions" hidden={!open}>
          {suggestions.map((tag, i) => (
            <li
              key={tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="tag-suggestion"
              // Before the field's blur, which would close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                add(tag);
              }}
            >
              <Icon name="tag" />
              {tag}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

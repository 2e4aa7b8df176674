/**
 * Follows the user's selection in the article as a document range with its words and its box on
 * screen (for the selection toolbar), and lets the keyboard make one: Shift+arrows extend the
 * selection by character or line, with Ctrl/⌥ by word, starting at the first line in view when
 * there is none yet — caret browsing without a caret.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BlockInfo } from '../../../shared/types';
import { isTyping, IS_MAC } from '../app/keys';
import { readerScroll } from '../reader/scrolling';
import { documentSlice, trimRange, type DocumentRange } from './document-text';
import { selectionDocumentRange } from './selection-range';

export interface TextSelection {
  range: DocumentRange;
  quote: string;
  /** Where the selection is on screen, viewport coordinates. */
  rect: DOMRect;
}

/** The article in the reader's scroll container. */
function article(): Element | null {
  return readerScroll()?.querySelector('.article') ?? null;
}

function current(blocks: readonly BlockInfo[]): TextSelection | null {
  const root = article();
  const selection = window.getSelection();
  if (!root || !selection) return null;
  const raw = selectionDocumentRange(selection, root);
  const range = raw && trimRange(blocks, raw);
  if (!range) return null;
  return { range, quote: documentSlice(blocks, range.start, range.end), rect: selection.getRangeAt(0).getBoundingClientRect() };
}

/** Puts a collapsed selection at the start of the first block whose top is in view. */
function caretAtFirstVisibleBlock(selection: Selection): boolean {
  const scroll = readerScroll();
  if (!scroll) return false;
  const top = scroll.getBoundingClientRect().top;
  const texts = [...scroll.querySelectorAll('[data-text]')];
  const first = texts.find((text) => text.getBoundingClientRect().top >= top) ?? texts[0];
  if (!first) return false;
  selection.collapse(first, 0);
  return true;
}

const EXTEND: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line']
};

/** `keep`: true while focus is in the selection toolbar or editor, where a collapsed selection is not the user's intent. */
export interface TextSelectionState {
  /** The selection as last drawn (updated once per frame). */
  selection: TextSelection | null;
  /** The selection right now — a key pressed within the same frame as Shift+arrow acts on what it selected. */
  latest(): TextSelection | null;
  clear(): void;
}

export function useTextSelection(blocks: readonly BlockInfo[], keep: () => boolean): TextSelectionState {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const found = current(blocks);
        if (found || !keep()) setSelection(found);
      });
    };
    document.addEventListener('selectionchange', update);
    // The toolbar follows the text as it scrolls.
    document.addEventListener('scroll', update, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('scroll', update, true);
    };
  }, [blocks, keep]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = EXTEND[event.key];
      if (
        !direction ||
        !event.shiftKey ||
        event.metaKey ||
        isTyping(event.target) ||
        (event.target instanceof Element && event.target.closest('dialog, [role="toolbar"], .reader-aside'))
      )
        return;
      const root = article();
      const dom = window.getSelection();
      if (!root || !dom) return;
      const inArticle = dom.rangeCount > 0 && root.contains(dom.getRangeAt(0).startContainer);
      if (!inArticle && !caretAtFirstVisibleBlock(dom)) return;
      event.preventDefault();
      const byWord = IS_MAC ? event.altKey : event.ctrlKey;
      dom.modify('extend', direction[0], byWord && direction[1] === 'character' ? 'word' : direction[1]);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  const latest = () => current(blocks) ?? selection;
  return { selection, latest, clear };
}

/**
 * Deleting an annotation with a way back: the delete is soft in the database, a toast offers Undo,
 * and ⌘/Ctrl+Z restores the last one deleted for as long as nothing newer was.
 */
import { useState } from 'react';
import type { AnnotationView } from '../../../shared/contract/annotations';
import { errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';
import type { AnnotationStore } from './useAnnotations';

export interface DeleteWithUndo {
  remove(annotation: AnnotationView): Promise<void>;
  /** Restores the annotation deleted last; null when there is none. */
  undoLast: (() => void) | null;
}

/** `onRestored`: called with the id of an annotation brought back. */
export function useDeleteWithUndo(store: AnnotationStore, onRestored: (id: string) => void): DeleteWithUndo {
  const { notify } = useToasts();
  const [lastDeleted, setLastDeleted] = useState<string | null>(null);

  const restore = async (id: string) => {
    setLastDeleted((last) => (last === id ? null : last));
    try {
      await store.restore(id);
      onRestored(id);
      notify({ tone: 'success', message: 'Annotation restored' });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const remove = async (annotation: AnnotationView) => {
    try {
      await store.remove(annotation.id);
      setLastDeleted(annotation.id);
      notify({ message: 'Annotation deleted', action: { label: 'Undo', run: () => void restore(annotation.id) } });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  return { remove, undoLast: lastDeleted === null ? null : () => void restore(lastDeleted) };
}

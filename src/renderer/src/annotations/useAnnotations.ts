/**
 * The annotations of the open briefing, kept in step with the database: every change goes through
 * the contract (written in a transaction before it returns) and the list is read back after it,
 * so what the reader shows is always what is saved. Deleting is soft, so it can be undone.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AnnotationView, CreateAnnotationInput, UpdateAnnotationInput } from '../../../shared/contract/annotations';
import { api } from '../api/client';

export interface AnnotationStore {
  /** In reading order, orphans last (the order `listAnnotations` gives). */
  annotations: AnnotationView[];
  create(input: Omit<CreateAnnotationInput, 'briefingId'>): Promise<AnnotationView>;
  update(input: UpdateAnnotationInput): Promise<AnnotationView>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<AnnotationView>;
  refresh(): Promise<void>;
}

/** `edition`: the briefing's edition; a new one (after "Update from file…") reads the list again. */
export function useAnnotations(briefingId: string, edition: number): AnnotationStore {
  const [annotations, setAnnotations] = useState<AnnotationView[]>([]);

  const refresh = useCallback(async () => {
    setAnnotations(await api.listAnnotations({ briefingId }));
  }, [briefingId]);

  useEffect(() => {
    let current = true;
    api.listAnnotations({ briefingId }).then(
      (list) => current && setAnnotations(list),
      () => current && setAnnotations([])
    );
    return () => {
      current = false;
    };
  }, [briefingId, edition]);

  const create = useCallback(
    async (input: Omit<CreateAnnotationInput, 'briefingId'>) => {
      const created = await api.createAnnotation({ ...input, briefingId });
      await refresh();
      return created;
    },
    [briefingId, refresh]
  );
  const update = useCallback(
    async (input: UpdateAnnotationInput) => {
      const updated = await api.updateAnnotation(input);
      await refresh();
      return updated;
    },
    [refresh]
  );
  const remove = useCallback(
    async (id: string) => {
      await api.deleteAnnotation({ id });
      await refresh();
    },
    [refresh]
  );
  const restore = useCallback(
    async (id: string) => {
      const restored = await api.restoreAnnotation({ id });
      await refresh();
      return restored;
    },
    [refresh]
  );
  return { annotations, create, update, remove, restore, refresh };
}

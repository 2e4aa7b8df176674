/**
 * Where the app opens when the address names no place: the briefing read most recently, or — on
 * the first run, when nothing was ever opened — the newest import (the bundled briefing), so the
 * app opens straight into a document. An empty library opens the library view.
 */
import { useEffect } from 'react';
import { api } from '../api/client';
import type { Route } from './route';

export function useStartRoute(route: Route | null, navigate: (route: Route, options?: { replace?: boolean }) => void): void {
  useEffect(() => {
    if (route) return;
    let current = true;
    api.listBriefings({}).then(
      (briefings) => {
        if (!current) return;
        const byRecency = (key: 'lastOpenedAt' | 'importedAt') =>
          briefings.filter((b) => b[key] !== null).sort((a, b) => String(b[key]).localeCompare(String(a[key])))[0];
        const start = byRecency('lastOpenedAt') ?? byRecency('importedAt');
        navigate(start ? { name: 'reader', briefingId: start.id } : { name: 'library' }, { replace: true });
      },
      () => current && navigate({ name: 'library' }, { replace: true })
    );
    return () => {
      current = false;
    };
  }, [route, navigate]);
}

/**
 * Handlers for the facts methods of the contract (src/shared/contract/facts.ts), on top of the
 * facts service of the core.
 */
import type { Handlers } from '../../shared/contract';
import { dismissFlag, exportFacts, listFacts, listFlags } from '../library/facts/service';
import type { HandlerContext } from './handlers';

export function factHandlers(context: HandlerContext): Pick<Handlers, 'listFacts' | 'factFlags' | 'dismissFactFlag' | 'exportFacts'> {
  const { library } = context;
  return {
    listFacts: (filters) => listFacts(library, filters),
    factFlags: ({ briefingId, includeDismissed }) => listFlags(library, { briefingId, includeDismissed }),
    dismissFactFlag: ({ key, dismissed }) => dismissFlag(library, key, dismissed ?? true),
    exportFacts: ({ filters, format }) => exportFacts(library, filters, format)
  };
}

import { createContext, useContext } from 'react';
import { useDashboard, type Filters } from './store';
import type { MembersScope } from './url-state';

/** A ready-made presentation deck shows its own filters without touching the reader's. */
export interface ViewOverride {
  readonly filters: Filters;
  readonly membersScope: MembersScope;
}

export const ViewOverrideContext = createContext<ViewOverride | null>(null);

export function useViewFilters(): Filters {
  const override = useContext(ViewOverrideContext);
  const filters = useDashboard((s) => s.filters);
  return override?.filters ?? filters;
}

export function useMembersScope(): MembersScope {
  const override = useContext(ViewOverrideContext);
  const scope = useDashboard((s) => s.membersScope);
  return override?.membersScope ?? scope;
}

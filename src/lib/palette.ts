import { scaleOrdinal } from 'd3-scale';

/** The dashboard's one ordinal palette; every mark colour comes from here. All reach 3:1 against white. */
export type MarkRole = 'base' | 'selected' | 'muted' | 'centre' | 'estimate' | 'cumulative' | 'total';

export const markColor = scaleOrdinal<MarkRole, string>()
  .domain(['base', 'selected', 'muted', 'centre', 'estimate', 'cumulative', 'total'])
  .range(['#2f5d8a', '#123a63', '#7a8a9c', '#a34400', '#2f5d8a', '#6a3d9a', '#1f2933']);

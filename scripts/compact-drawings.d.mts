/** Makes the drawings of the charts in `root` lighter; returns what it changed (scripts/compact-drawings.mjs). */
export function compactDrawings(root: ParentNode): { groups: number; attributes: number };

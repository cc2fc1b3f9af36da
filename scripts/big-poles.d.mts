/** The text of a valid poles.csv of `rows` pôles, the bundled ones first (scripts/big-poles.mjs). */
export function bigPoles(rows: number): string;

import type { FundingRow } from '../data/schemas';

export interface FundingYear {
  readonly year: number;
  readonly amount: number;
  readonly cumulative: number;
  readonly estimate: boolean;
  readonly method: string;
}

export interface FundingSeries {
  readonly total: FundingRow | null;
  readonly years: readonly FundingYear[];
}

/** The stated total and the yearly rows with their running sum, in year order. */
export function fundingSeries(rows: readonly FundingRow[]): FundingSeries {
  const total = rows.find((row) => row.status === 'annonce') ?? null;
  let cumulative = 0;
  const years = rows
    .filter((row) => row.status === 'estimation')
    .sort((a, b) => a.period_start - b.period_start)
    .map((row) => {
      cumulative += row.amount_eur;
      return {
        year: row.period_start,
        amount: row.amount_eur,
        cumulative,
        estimate: true,
        method: row.method,
      };
    });
  return { total, years };
}

import type { Category, Evaluation } from '../data/schemas';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  mondial: 'Mondial',
  'a-vocation-mondiale': 'À vocation mondiale',
  national: 'National',
};

export const EVALUATION_LABELS: Readonly<Record<Evaluation, string>> = {
  'tres-performant': 'Très performant',
  performant: 'Performant',
  'moins-performant': 'Moins performant',
};

export function labelIndex(
  rows: readonly { readonly id: string; readonly label: string }[] | null,
): (id: string) => string {
  const labels = new Map((rows ?? []).map((row) => [row.id, row.label]));
  return (id) => labels.get(id) ?? id;
}

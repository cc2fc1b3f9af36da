import type { Category, Evaluation, FundingRow } from '../data/schemas';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import type { Lang } from '../lib/i18n/lang';

// The classes of the code's own vocabularies have their words in the `labels` catalogue (literal ids, so that the
// catalogue test sees them); labels of the data files come from their `label` / `label_en` columns.
const CATEGORY_MESSAGES: Readonly<Record<Category, string>> = {
  mondial: 'labels.category.mondial',
  'a-vocation-mondiale': 'labels.category.aVocationMondiale',
  national: 'labels.category.national',
};

const EVALUATION_MESSAGES: Readonly<Record<Evaluation, string>> = {
  'tres-performant': 'labels.evaluation.tresPerformant',
  performant: 'labels.evaluation.performant',
  'moins-performant': 'labels.evaluation.moinsPerformant',
};

const FUNDING_STATUS_MESSAGES: Readonly<Record<FundingRow['status'], string>> = {
  annonce: 'labels.fundingStatus.annonce',
  estimation: 'labels.fundingStatus.estimation',
};

/** A pole's category (« Mondial »…) in the language given. */
export const categoryLabel = (category: Category, i18n: I18n): string => i18n.t(CATEGORY_MESSAGES[category]);

/** A pole's class at the 2012 evaluation (« Très performant »…) in the language given. */
export const evaluationLabel = (evaluation: Evaluation, i18n: I18n): string =>
  i18n.t(EVALUATION_MESSAGES[evaluation]);

/** A funding row's status (« Annonce », « Estimation ») in the language given. */
export const fundingStatusLabel = (status: FundingRow['status'], i18n: I18n): string =>
  i18n.t(FUNDING_STATUS_MESSAGES[status]);

/** French, for code not yet given the reader's language; new code calls categoryLabel(category, i18n). */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  mondial: categoryLabel('mondial', FRENCH),
  'a-vocation-mondiale': categoryLabel('a-vocation-mondiale', FRENCH),
  national: categoryLabel('national', FRENCH),
};

/** French, for code not yet given the reader's language; new code calls evaluationLabel(evaluation, i18n). */
export const EVALUATION_LABELS: Readonly<Record<Evaluation, string>> = {
  'tres-performant': evaluationLabel('tres-performant', FRENCH),
  performant: evaluationLabel('performant', FRENCH),
  'moins-performant': evaluationLabel('moins-performant', FRENCH),
};

/** A data row's label in a language: the `label_en` column in English, `label` in French. */
export const rowLabel = (row: { readonly label: string; readonly label_en: string }, lang: Lang): string =>
  lang === 'en' ? row.label_en : row.label;

export function labelIndex(
  rows: readonly { readonly id: string; readonly label: string; readonly label_en: string }[] | null,
  lang: Lang = 'fr',
): (id: string) => string {
  const labels = new Map((rows ?? []).map((row) => [row.id, rowLabel(row, lang)]));
  return (id) => labels.get(id) ?? id;
}

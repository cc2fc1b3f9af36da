import type { CardModel } from './components/card/card-model';
import { rowsOf, type FileStates } from './data/dataset';
import { keyFigures } from './features/headline/key-figures';
import { KEY_FIGURES, type SlideFacts, type SlideRef } from './features/presentation/deck';
import type { I18n } from './lib/i18n/i18n';
import type { CardView } from './model/view';
import { headline } from './selectors/headline';
import { readiness } from './selectors/readiness';
import { citation, PRIMARY_SOURCE, sourceIndex } from './selectors/sources';
import { CARDS } from './cards';

const optionsOf = (slide: SlideRef, i18n: I18n) =>
  slide.part === undefined ? { i18n } : { i18n, part: slide.part };

/** The title of a slide, as the slide shows it, without building its card. */
export function slideTitle(slide: SlideRef, view: CardView, i18n: I18n): string {
  if (slide.card === KEY_FIGURES) return i18n.t('app.slides.keyFiguresTitle');
  return CARDS.get(slide.card)?.title(view, optionsOf(slide, i18n)) ?? slide.card;
}

/** The card's caveats, with what it says under the chart and the estimates its legend names. */
const caveatsOf = (model: CardModel, i18n: I18n): string[] => [
  ...model.caveats,
  ...(model.footnote === null
    ? []
    : [i18n.t('app.slides.labelled', { label: model.footnote.label, text: model.footnote.text })]),
  ...model.legend.filter((item) => item.role === 'estimate').map((item) => item.label),
];

function keyFiguresFacts(files: FileStates, view: CardView, i18n: I18n): SlideFacts {
  const { poles, funding, sources } = files;
  const title = i18n.t('app.slides.keyFiguresTitle');
  if (poles.rows === null) return { title, takeaway: null, caveats: [], sources: [] };
  const primary = sourceIndex(sources.rows).get(PRIMARY_SOURCE);
  const source = primary === undefined ? i18n.t('app.slides.primarySource') : citation(primary, i18n);
  const items = keyFigures(headline(poles.rows, funding.rows, view), source, i18n);
  return {
    title,
    takeaway: items.map((item) => `${item.value} ${item.label}`).join(i18n.t('app.slides.separator')),
    caveats: items.flatMap((item) =>
      item.note === undefined ? [] : [i18n.t('app.slides.labelled', { label: item.value, text: item.note })],
    ),
    sources: [...new Set(items.map((item) => item.source))],
  };
}

/** Takeaway, caveats and sources of a slide, from the same model the slide draws, so the notes say what it shows. */
export function slideFacts(files: FileStates, slide: SlideRef, view: CardView, i18n: I18n): SlideFacts {
  if (slide.card === KEY_FIGURES) return keyFiguresFacts(files, view, i18n);
  const title = slideTitle(slide, view, i18n);
  const definition = CARDS.get(slide.card);
  const waiting: SlideFacts = { title, takeaway: null, caveats: [], sources: [] };
  if (definition === undefined) return waiting;
  if (readiness(definition.needs.map((id) => files[id])).status !== 'ready') return waiting;
  try {
    const model = definition.build(rowsOf(files), view, optionsOf(slide, i18n));
    return { title, takeaway: model.takeaway, caveats: caveatsOf(model, i18n), sources: model.sources };
  } catch {
    // The slide's own error boundary says what went wrong; the notes keep the speaker's text.
    return waiting;
  }
}

import type { CardModel } from './components/card/card-model';
import { rowsOf, type FileStates } from './data/dataset';
import { keyFigures } from './features/headline/key-figures';
import { KEY_FIGURES, type SlideFacts, type SlideRef } from './features/presentation/deck';
import type { CardView } from './model/view';
import { headline } from './selectors/headline';
import { readiness } from './selectors/readiness';
import { citation, PRIMARY_SOURCE, sourceIndex } from './selectors/sources';
import { CARDS } from './cards';

const KEY_FIGURES_TITLE = 'Les pôles de compétitivité en chiffres';

/** The title of a slide, as the slide shows it, without building its card. */
export function slideTitle(slide: SlideRef, view: CardView): string {
  if (slide.card === KEY_FIGURES) return KEY_FIGURES_TITLE;
  return (
    CARDS.get(slide.card)?.title(view, slide.part === undefined ? {} : { part: slide.part }) ?? slide.card
  );
}

/** The card's caveats, with what it says under the chart and the estimates its legend names. */
const caveatsOf = (model: CardModel): string[] => [
  ...model.caveats,
  ...(model.footnote === null ? [] : [`${model.footnote.label} : ${model.footnote.text}`]),
  ...model.legend.filter((item) => item.role === 'estimate').map((item) => item.label),
];

function keyFiguresFacts(files: FileStates, view: CardView): SlideFacts {
  const { poles, funding, sources } = files;
  if (poles.rows === null) return { title: KEY_FIGURES_TITLE, takeaway: null, caveats: [], sources: [] };
  const primary = sourceIndex(sources.rows).get(PRIMARY_SOURCE);
  const source = primary === undefined ? 'DIRECCTE Centre, 7 janvier 2014' : citation(primary);
  const items = keyFigures(headline(poles.rows, funding.rows, view), source);
  return {
    title: KEY_FIGURES_TITLE,
    takeaway: items.map((item) => `${item.value} ${item.label}`).join(' ; '),
    caveats: items.flatMap((item) => (item.note === undefined ? [] : [`${item.value} : ${item.note}`])),
    sources: [...new Set(items.map((item) => item.source))],
  };
}

/** Takeaway, caveats and sources of a slide, from the same model the slide draws, so the notes say what it shows. */
export function slideFacts(files: FileStates, slide: SlideRef, view: CardView): SlideFacts {
  if (slide.card === KEY_FIGURES) return keyFiguresFacts(files, view);
  const title = slideTitle(slide, view);
  const definition = CARDS.get(slide.card);
  const waiting: SlideFacts = { title, takeaway: null, caveats: [], sources: [] };
  if (definition === undefined) return waiting;
  if (readiness(definition.needs.map((id) => files[id])).status !== 'ready') return waiting;
  try {
    const model = definition.build(rowsOf(files), view, slide.part === undefined ? {} : { part: slide.part });
    return { title, takeaway: model.takeaway, caveats: caveatsOf(model), sources: model.sources };
  } catch {
    // The slide's own error boundary says what went wrong; the notes keep the speaker's text.
    return waiting;
  }
}

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Words that are French and not English: one of them in the English page is an interface string left in French.
 * Short function words catch sentences; the nouns and verbs are the interface's own (buttons, titles, captions).
 */
const FRENCH_WORDS = new Set(
  `le la les un une des du de au aux et ou sur par dans pour avec sans est sont qui que dont leur leurs ce cette ces
  aucun aucune tous toutes tout pas moins entre depuis selon chaque
  pôle pôles tableau tableaux graphique graphiques données fichier fichiers chargement chargé chargés région régions
  thème thèmes adhérent adhérents année années voir afficher présenter présentation présentateur clair sombre
  rechercher recherche fermer comparer comparaison liste chronologie financement intégrer filtre filtres
  réinitialiser masquer chiffres clés télécharger diapositive suivante précédente retour accessibilité
  statut évaluation siège carte nationaux mondial mondiale estimé estimée annoncé montant cumul
  sélection aller contenu erreur erreurs ligne colonne valeur attendu importer importés importées origine déclaration
  conforme lignes colonnes nombre`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Letters of French words that English words do not carry (a name keeps its own: names are allowed below).
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;

/** CSV cells of some columns of a data file, for the proper names that stay as they are in English. */
function column(file: string, names: readonly string[]): string[] {
  const [header = '', ...lines] = readFileSync(file, 'utf8').split('\n');
  const columns = header.split(',');
  const cellsOf = (line: string): string[] => {
    const cells: string[] = [];
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      cells.push((match[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'));
      if (match[2] === '') break;
    }
    return cells;
  };
  return lines.flatMap((line) =>
    names.flatMap((name) => {
      const cell = cellsOf(line)[columns.indexOf(name)] ?? '';
      return cell === '' ? [] : [cell];
    }),
  );
}

/** Names the English page shows as they are: pôles, places, regions, publishers and titles of French sources. */
export const PROPER_NAMES: readonly string[] = [
  ...column('data/poles.csv', ['name', 'hq_city']),
  ...column('data/regions.csv', ['label', 'label_en']),
  ...column('data/departements.csv', ['name']),
  ...column('data/sources.csv', ['title', 'publisher']),
  'DIRECCTE Centre',
  'Centre-Val de Loire',
  'Pôles de compétitivité',
  'Français',
].sort((a, b) => b.length - a.length);

/** Every text of the page a reader meets, its accessible names included; text marked `lang="fr"` is French on purpose. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inFrench = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === 'fr';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      // An SVG text is read whole below: a label wrapped on two lines is one text.
      const skipped = parent?.closest('script, style, noscript, [lang="fr"], svg text');
      if (parent === null || skipped !== null) continue;
      const text = node.textContent?.trim() ?? '';
      if (text !== '') texts.push(text);
    }
    for (const label of document.body.querySelectorAll('svg text')) {
      if (inFrench(label)) continue;
      const lines = [...label.querySelectorAll('tspan')].map((line) => line.textContent.trim());
      const text = (lines.length > 0 ? lines.join(' ') : label.textContent).trim();
      if (text !== '') texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (inFrench(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value !== undefined && value !== '') texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/** The French found in texts: each offending word with the text it is in, once. */
export function frenchIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    // « est. » is English's own abbreviation of "estimate" (a column's short label on a narrow chart).
    let rest = text.replace(/\best\./g, ' ');
    for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
    for (const word of rest.split(/[^\p{L}’'-]+/u)) {
      const bare = word.replace(/^[’'-]+|[’'-]+$/g, '');
      const lower = bare.toLowerCase().replace(/^(l|d|qu|n|s)[’']/, '');
      if (bare !== '' && (FRENCH_WORDS.has(lower) || FRENCH_LETTERS.test(bare)))
        found.add(`${bare}  ←  ${text.slice(0, 120)}`);
    }
  }
  return [...found];
}

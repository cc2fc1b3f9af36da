import { loadMessages } from './lib/i18n/catalogues';
import { LOCALE_OF } from './lib/i18n/lang';
import { nextTask } from './lib/next-task';
import { warmIntl } from './lib/warm-intl';
import { useDashboard } from './store/store';
import { startLangSync } from './store/lang-sync';
import { startThemeSync } from './store/theme-sync';
import { startUrlSync } from './store/url-sync';
import './styles.css';
import './embed.css';

// The page starts in three parts, each evaluated in a task of its own so that the browser may answer input between
// them: this one reads the address and starts loading the data and the language; then React's renderer; then
// ./boot, which carries the dashboard's components, draws.

startThemeSync();
// The language first: the address then carries the remembered choice (`?lang=en`).
startLangSync();
startUrlSync();
// An import kept from an earlier visit is read first, so that the first data shown is the imported set.
void useDashboard
  .getState()
  .restoreImport()
  .finally(() => useDashboard.getState().load());
// English comes in its own chunk: the live page waits for it rather than draw in French first.
const catalogue = loadMessages(useDashboard.getState().lang).catch((error: unknown) => console.warn(error));
void warmIntl(LOCALE_OF[useDashboard.getState().lang]);

setTimeout(() => {
  // React's renderer is evaluated in a task of its own, then the dashboard in the next: on a phone each takes about as
  // long as the browser should ever be kept from answering input.
  import('react-dom/client')
    .then(nextTask)
    .then(() => import('./boot'))
    .then(({ boot }) => boot(catalogue))
    .catch((error: unknown) => {
      // The pre-rendered page stays as it is; a click on it is the browser's again, no longer held for a live page.
      document.documentElement.classList.remove('first-view-pending');
      console.error(error);
    });
}, 0);

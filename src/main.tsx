import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadCharts } from './components/charts/lazy-charts';
import { useDashboard } from './store/store';
import { startThemeSync } from './store/theme-sync';
import { startUrlSync } from './store/url-sync';
import './styles.css';

startThemeSync();
startUrlSync();
// An import kept from an earlier visit is read first, so that the first data shown is the imported set.
void useDashboard
  .getState()
  .restoreImport()
  .finally(() => useDashboard.getState().load());

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  setTimeout(preloadCharts, 0);
}

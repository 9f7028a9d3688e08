import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isRunnable } from './engine/setup';
import { setupToQuery } from './permalink/setup-query';
import { detectEnvironment } from './platform/capabilities';
import { restoreFromQuery } from './store/actions';
import { initialLocale } from './store/locale';
import { syncRouteFromHash } from './store/route';
import { installStore, makeStore, selectChecked } from './store/store';
import './styles.css';

const locale = initialLocale();
document.documentElement.lang = locale;
const store = makeStore(detectEnvironment(), locale);
installStore(store);
restoreFromQuery(window.location.search);
syncRouteFromHash(window.location.hash);
window.addEventListener('hashchange', () => syncRouteFromHash(window.location.hash));

// Keep the address bar describing the setup on screen, so copying it shares the setup.
store.subscribe((s) => {
  const checked = selectChecked(s);
  if (!isRunnable(checked)) return;
  const search = `?${setupToQuery(checked.setup)}`;
  if (search !== window.location.search) {
    window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  }
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

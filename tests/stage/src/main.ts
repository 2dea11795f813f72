/** Entry of the stage page: reads the options from the URL, renders, exposes window.__stage. */
import { createApi, type StageApi } from './api.ts';
import { App } from './app.ts';
import { Ctx } from './context.ts';
import { queryToOptions } from './options.ts';
import { Store } from './store.ts';
import { startNoise } from './noise.ts';
import { installBaseStyle } from './theme.ts';

/** Not a global declaration on purpose: the extension's own code must not see a typed __stage. */
type StageWindow = Window & { __stage: StageApi };

function boot(): void {
  const options = queryToOptions(location.search);
  const store = new Store(options);
  const ctx = new Ctx(store, options);
  installBaseStyle();
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  const app = new App(ctx, root);
  let resolveReady!: () => void;
  let rejectReady!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  (window as unknown as StageWindow).__stage = createApi(app, ready);
  try {
    app.render();
    const open = options.openChat && store.chat(options.openChat) ? app.openChat(options.openChat) : Promise.resolve();
    open.then(resolveReady, rejectReady);
    if (options.noise) startNoise(store);
  } catch (error) {
    rejectReady(error);
    throw error;
  }
}

boot();

/**
 * One store instance shared by every running feature that uses it: started by the first user, stopped
 * when the last user's signal aborts (so a data subscription runs once, not once per feature).
 */
export interface StartStop {
  start(onError: (error: Error) => void): void;
  stop(): void;
}

export function sharedWhileUsed<S extends StartStop>(create: () => S): (signal: AbortSignal, onError: (error: Error) => void) => S {
  let shared: { store: S; users: number } | null = null;
  return (signal, onError) => {
    shared ??= { store: create(), users: 0 };
    const entry = shared;
    entry.users += 1;
    entry.store.start(onError);
    signal.addEventListener(
      'abort',
      () => {
        entry.users -= 1;
        if (entry.users > 0) return;
        entry.store.stop();
        if (shared === entry) shared = null;
      },
      { once: true },
    );
    return entry.store;
  };
}

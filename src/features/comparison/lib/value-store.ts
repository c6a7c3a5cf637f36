/**
 * A value outside React state that components read with
 * `useSyncExternalStore`: the worker reports progress often, and only the
 * progress bar should re-render for it, not every column.
 */
export type ValueStore<T> = {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
};

/** The engine's progress: the share done and the stage it is in. */
export type Progress = { fraction: number; stage: string };
export type ProgressStore = ValueStore<Progress | null>;

/** A store holding `initial` until it is set. */
export function createValueStore<T>(initial: T): ValueStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (value) => {
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

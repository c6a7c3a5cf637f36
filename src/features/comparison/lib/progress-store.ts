/**
 * The engine's progress, outside React state: the worker reports often, and
 * only the progress bar should re-render for it, not every column.
 */
export type Progress = { fraction: number; stage: string };

export type ProgressStore = {
  get: () => Progress | null;
  set: (fraction: number, stage: string) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createProgressStore(): ProgressStore {
  let current: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (fraction, stage) => {
      current = { fraction, stage };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Bumped whenever the engine's output for the same input changes, so cached
 * results from an older engine are not reused. A module of its own so that
 * reading it does not pull the engine into the app shell.
 */
export const ENGINE_VERSION = 7;

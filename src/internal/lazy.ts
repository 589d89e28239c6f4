// Code that a first paint does not need (answers, search, structured data, print handling...) arrives in
// its own chunk, imported on first need, once per copy of the library. dist/sensiq.js inlines these chunks:
// there the import resolves in a microtask instead of a network round trip.
//
// Server rendering (scripts/prerender.mjs and the platforms' server output) renders synchronously, so it loads
// every lazy module first (loadEverything) and the elements render as they would once everything has arrived.

/** A module loaded on first need; `value` is set once it has arrived. */
export interface Lazy<T> {
  readonly value?: T;
  load(): Promise<T>;
}

const every: Lazy<unknown>[] = [];

/** `arrived` runs once the module is there, before anything awaiting it: e.g. to add its styles. */
export function lazy<T>(importer: () => Promise<T>, arrived?: (module: T) => void): Lazy<T> {
  let loading: Promise<T> | undefined;
  const module: {value?: T; load(): Promise<T>} = {
    load: () =>
      (loading ??= importer().then((value) => {
        arrived?.(value);
        return (module.value = value);
      })),
  };
  every.push(module);
  return module;
}

/** Loads every lazy module of this copy: for server rendering, which cannot wait between renders. */
export const loadEverything = (): Promise<unknown> => Promise.all(every.map((module) => module.load()));

/** Resolves in a later task, so work after it does not lengthen the current one (a long task blocks input). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves in a task after the browser has painted what is rendered now. A task alone does not wait for that: the
 * browser may run a timer before its next frame, and what it painted then was the work of both. A hidden tab
 * paints nothing (its animation frames wait until it is shown), so there the next task is soon enough.
 */
export const afterNextPaint = (): Promise<void> =>
  document.visibilityState === 'hidden'
    ? nextTask()
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

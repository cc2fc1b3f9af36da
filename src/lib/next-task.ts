/** Resolves after `ms` milliseconds, in a task of its own. */
export const delay = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves in a task of its own: long work cut at each `await nextTask()` lets the browser paint and answer input. */
export const nextTask = (): Promise<void> => delay(0);

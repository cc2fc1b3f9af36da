/** Whether two keys hold the same values, each compared with Object.is (as React compares hook dependencies). */
export function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** Remembers the last result: `compute` runs again only when the key changes, like a one-entry reselect cache. */
export function lastMemo<T>(): (key: readonly unknown[], compute: () => T) => T {
  let last: { readonly key: readonly unknown[]; readonly value: T } | null = null;
  return (key, compute) => {
    if (last !== null && sameKey(last.key, key)) return last.value;
    const value = compute();
    last = { key, value };
    return value;
  };
}

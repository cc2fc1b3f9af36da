/**
 * A read-only map, key by key from a list of sources, whose values are made on first read, then kept: a table of
 * 100,000 rows shows 50 of them, so the others' values are never made. Reads as `new Map(sources.map((source) =>
 * [keyOf(source), make(source)]))` would: keys in first order, the last source of a key gives its value.
 */
export class LazyMap<K, S extends object, V> implements ReadonlyMap<K, V> {
  readonly #sources: readonly S[];
  readonly #keyOf: (source: S) => K;
  readonly #make: (source: S) => V;
  #byKey: ReadonlyMap<K, S> | undefined;
  // Boxed, so that a value that is itself undefined is told from one not made yet.
  readonly #made = new Map<K, { readonly value: V }>();

  constructor(sources: readonly S[], keyOf: (source: S) => K, make: (source: S) => V) {
    this.#sources = sources;
    this.#keyOf = keyOf;
    this.#make = make;
  }

  // Built on the first lookup only, not when the map is made.
  #sourceOf(): ReadonlyMap<K, S> {
    if (this.#byKey !== undefined) return this.#byKey;
    // A plain loop: no pair array per source, of which there may be 100,000.
    const byKey = new Map<K, S>();
    for (const source of this.#sources) byKey.set(this.#keyOf(source), source);
    this.#byKey = byKey;
    return byKey;
  }

  #value(key: K, source: S): V {
    const made = this.#made.get(key);
    if (made !== undefined) return made.value;
    const value = this.#make(source);
    this.#made.set(key, { value });
    return value;
  }

  get size(): number {
    return this.#sourceOf().size;
  }

  has(key: K): boolean {
    return this.#sourceOf().has(key);
  }

  get(key: K): V | undefined {
    const source = this.#sourceOf().get(key);
    return source === undefined ? undefined : this.#value(key, source);
  }

  *keys(): MapIterator<K> {
    yield* this.#sourceOf().keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, source] of this.#sourceOf()) yield [key, this.#value(key, source)];
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

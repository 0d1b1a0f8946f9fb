/** Growing and renumbering the index's per-document and per-term typed arrays. */

type NumericArray = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

function sameKind<T extends NumericArray>(array: T, length: number): T {
  const make = array.constructor as new (length: number) => T;
  return new make(length);
}

/** `array` itself when it holds `size` entries, else a copy with room for at least `size` (growth by half). */
export function grown<T extends NumericArray>(array: T, size: number): T {
  if (array.length >= size) return array;
  const out = sameKind(array, Math.max(size, Math.ceil(array.length * 1.5), 16));
  out.set(array);
  return out;
}

/**
 * A copy of a per-document array (`stride` entries per document) in the new numbering: document `d`'s
 * entries move to `renumber[d]`; documents numbered -1 are dropped.
 */
export function renumbered<T extends NumericArray>(
  array: T,
  stride: number,
  renumber: Int32Array,
  count: number,
): T {
  const out = sameKind(array, Math.max(count, 1) * stride);
  for (let doc = 0; doc < renumber.length; doc++) {
    const to = renumber[doc] ?? -1;
    if (to >= 0) for (let s = 0; s < stride; s++) out[to * stride + s] = array[doc * stride + s] ?? 0;
  }
  return out;
}

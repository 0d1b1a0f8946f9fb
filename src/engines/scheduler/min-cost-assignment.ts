/** Cost that marks a forbidden pairing. */
export const FORBIDDEN_PAIRING = 1e9;

/**
 * Minimum-cost perfect assignment of n rows to n columns (Hungarian method with potentials,
 * O(n^3)). `cost[i * n + j]` is the cost of row i taking column j; FORBIDDEN_PAIRING forbids it.
 * Writes the column of each row into `columnOfRow` and returns the total cost, or
 * Infinity when every perfect assignment uses a forbidden pairing.
 */
export function solveAssignment(cost: Float64Array, n: number, columnOfRow: Int32Array): number {
  // 1-based arrays as in the classic formulation; index 0 is the virtual start.
  const rowPotential = new Float64Array(n + 1);
  const columnPotential = new Float64Array(n + 1);
  const rowOfColumn = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  const minSlack = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let column = 0;
    minSlack.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[column] = 1;
      const row = rowOfColumn[column] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let nextColumn = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j] === 1) continue;
        const slack =
          (cost[(row - 1) * n + (j - 1)] ?? FORBIDDEN_PAIRING) - (rowPotential[row] ?? 0) - (columnPotential[j] ?? 0);
        if (slack < (minSlack[j] ?? 0)) {
          minSlack[j] = slack;
          way[j] = column;
        }
        if ((minSlack[j] ?? 0) < delta) {
          delta = minSlack[j] ?? 0;
          nextColumn = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j] === 1) {
          const r = rowOfColumn[j] ?? 0;
          rowPotential[r] = (rowPotential[r] ?? 0) + delta;
          columnPotential[j] = (columnPotential[j] ?? 0) - delta;
        } else minSlack[j] = (minSlack[j] ?? 0) - delta;
      }
      column = nextColumn;
    } while ((rowOfColumn[column] ?? 0) !== 0);
    do {
      const previous = way[column] ?? 0;
      rowOfColumn[column] = rowOfColumn[previous] ?? 0;
      column = previous;
    } while (column !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const row = rowOfColumn[j] ?? 0;
    columnOfRow[row - 1] = j - 1;
    const pairing = cost[(row - 1) * n + (j - 1)] ?? FORBIDDEN_PAIRING;
    if (pairing >= FORBIDDEN_PAIRING) return Number.POSITIVE_INFINITY;
    total += pairing;
  }
  return total;
}

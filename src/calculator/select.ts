/**
 * Quickselect (Hoare's partition, median-of-three pivot): afterwards `values[k]` is the k-th
 * smallest, everything before it ≤ it and everything after ≥ it. Three percentiles of 10,000
 * Monte Carlo samples this way cost a fraction of a full sort, which was most of the sampling time.
 */
export function selectKth(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = medianOfThree(values[left] as number, values[middle] as number, values[right] as number);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

const medianOfThree = (a: number, b: number, c: number): number =>
  Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));

/** The p-quantile with linear interpolation between order statistics (the usual "type 7"). */
export function quantile(values: Float64Array, p: number): number {
  if (values.length === 0) return Number.NaN;
  const at = (values.length - 1) * p;
  const lo = Math.floor(at);
  const low = selectKth(values, lo);
  if (lo === at) return low;
  // After the select, the next order statistic is the smallest value above position lo.
  let high = Number.POSITIVE_INFINITY;
  for (let i = lo + 1; i < values.length; i++) if ((values[i] as number) < high) high = values[i] as number;
  return low === high ? low : low + (high - low) * (at - lo);
}

// Array appends and extremes without spread arguments: a spread passes every item on the stack and throws past ~120,000.

/**
 * Appends `items` to `target` in order and returns `target`. `target.push(...items)` passes each item as an argument, and
 * V8 throws "Maximum call stack size exceeded" past about 120,000 of them (a page of that many top-level blocks, a table
 * of that many rows): the extraction caught it and returned an empty article. A loop has no such limit.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
	for (let i = 0; i < items.length; i++) target.push(items[i]);
	return target;
}

/** The largest of `values`, or `empty` when there are none (`Math.max(...values)` has the same argument limit). */
export function maxOf(values: readonly number[], empty = -Infinity): number {
	if (values.length === 0) return empty;
	let max = -Infinity;
	for (const v of values) if (v > max) max = v;
	return max;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: readonly number[], empty = Infinity): number {
	if (values.length === 0) return empty;
	let min = Infinity;
	for (const v of values) if (v < min) min = v;
	return min;
}

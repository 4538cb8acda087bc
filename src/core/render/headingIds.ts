// Heading ids of the HTML renderer: an id base per heading, made unique with `-2`, `-3`, … in the order they come.

/**
 * Why not a set of every id given (as before session 23): 'headings named like the preview' (1.96 MB, three titles
 * repeated 19,600 times) gives 60,000 ids, `pd-h-toc` to `pd-h-toc-19601`, and the set held every one of them, with
 * its hash table, while the whole article rendered (issue 11). What is kept instead: the ids given as they are (a
 * base nobody held yet), and per base the next suffix to try. Both grow with the distinct headings, not with the
 * repeats.
 *
 * Why that is the same answer as the set, even for a base that itself ends in `-N` (a heading "Intro 2" has the base
 * `pd-h-intro-2`, which the second "Intro" gets too): an id given with a suffix is `B-k`, k written in decimal without
 * leading zeros, and its digits hold no `-`, so any id names the one base B and number k it could have been given
 * with (split at its last `-`). For each base the suffixes are tried upwards from 2 and never freed: the numbers
 * from 2 to `next(B) - 1` were all given as `B-k`, except those skipped because `B-k` was taken then, and by the
 * same uniqueness only a heading given `B-k` as its own base can have taken it. So an id is taken exactly when it
 * was given as it is, or it reads as `B-k` with 2 <= k < next(B). test/unit/headingIds.test.ts checks this against
 * the set on random headings made of such bases.
 */
export class HeadingIds {
	/** Ids given as they are (no suffix added). */
	readonly #plain = new Set<string>();
	/** Per base that has needed a suffix, the next suffix to try (the ones below were given or taken). */
	readonly #next = new Map<string, number>();

	/** The id for the next heading whose id base is `base`: `base` when it is free, else `base-N` with the first free N. */
	take(base: string): string {
		if (!this.#taken(base)) {
			this.#plain.add(base);
			return base;
		}
		// Resume at the base's next suffix: every number below it is taken (ids are never freed), and counting from 2
		// for every repeat of a heading was quadratic on dumps that repeat one title thousands of times. A candidate
		// `base-n` with n at or above next(base) can only be taken as a plain id.
		let n = this.#next.get(base) ?? 2;
		let id = suffixed(base, n);
		while (this.#plain.has(id)) id = suffixed(base, ++n);
		this.#next.set(base, n + 1);
		return id;
	}

	/** Whether `id` was given: as it is, or as some base's suffixed id. */
	#taken(id: string): boolean {
		if (this.#plain.has(id)) return true;
		const dash = id.lastIndexOf('-');
		const k = canonicalNumber(id, dash + 1);
		if (k < 2) return false;
		const next = this.#next.get(id.slice(0, dash));
		return next !== undefined && k < next;
	}
}

/** `base-n`, as one flat string (a template literal of this length is a rope of two or three pieces). */
function suffixed(base: string, n: number): string {
	return [base, n].join('-');
}

/** Digits enough for any suffix: there are never a billion headings. */
const MAX_DIGITS = 9;

/** The number written from `from` to the end of `id` in decimal without leading zeros, or -1 when it is not one. */
function canonicalNumber(id: string, from: number): number {
	const length = id.length - from;
	if (from <= 0 || length <= 0 || length > MAX_DIGITS) return -1;
	let k = 0;
	for (let i = from; i < id.length; i++) {
		const c = id.charCodeAt(i) - 48;
		if (c < 0 || c > 9 || (c === 0 && i === from)) return -1;
		k = k * 10 + c;
	}
	return k;
}

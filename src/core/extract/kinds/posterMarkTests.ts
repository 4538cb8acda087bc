// Poster-mark tests of a page's blocks, each read once: a block already tested, or inside a block tested without a mark, is not scanned again.
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { BlockIndex } from '../blockIndex';
import { POSTER_MARK_RE } from './scatteredPosts';

/**
 * Whether blocks' sources carry a poster's mark (kinds/scatteredPosts.ts `POSTER_MARK_RE`), as kinds/flatPosts.ts asks
 * of the few blocks above each message, for every list of siblings on the page. Two sources of repeated work:
 * - the windows above consecutive messages overlap, so a block was tested up to `MAX_HEADER_BLOCKS` times: its answer is
 *   kept (`#known`);
 * - a container's children are read after the container itself was, so a nested block's source had often been scanned
 *   inside an ancestor's, which had no mark: such a block has none either (`#clearAround`, see `has`).
 *
 * Why the second is exact: the regex has no assertion but a `\b` at the start of three alternatives, each followed by a
 * letter (`class=`, `itemprop=`, `href=`). A match inside a block's source lies inside its ancestor's too, and reads the
 * same characters; only a `\b` at the block's first character could differ (true at a slice's start, false in the
 * ancestor's source after a letter, a digit or `_`). So when the block starts where the markless range starts, or after
 * an ASCII character that is no word character, a mark in the block would have been a mark in the ancestor.
 *
 * Measured (issue 13, session 43; every 5th tuning dump of wcxb-dev, 211 pages): flatPosts' headers tested the regex
 * 18,940 times on 16.96 M characters (the dumps are 27.1 M); 2,394 tests (1.87 M characters) were repeats and 6,087
 * (4.04 M characters, 21% of the regex's time there) lay inside a markless ancestor. Outputs are byte-identical.
 */
export class PosterMarkTests {
	readonly #source: string;
	readonly #index: BlockIndex;
	/** Each block tested, with its answer. */
	readonly #known = new Map<Block, boolean>();
	/** Each block asked about: the widest markless range found around it (itself or an ancestor tested without a mark), or null. */
	readonly #around = new Map<Block, SourceRange | null>();
	/** Regex tests run and characters scanned (for the tests: test/unit/speedPosterMarks.test.ts). */
	tests = 0;
	scanned = 0;

	constructor(index: BlockIndex) {
		this.#index = index;
		this.#source = index.doc.text;
	}

	/** Whether `b`'s source carries a poster's mark: `POSTER_MARK_RE.test` of it, read at most once and not inside a markless ancestor. */
	has(b: Block): boolean {
		const known = this.#known.get(b);
		if (known !== undefined) return known;
		const { start, end } = b.range;
		const parent = this.#index.parent.get(b);
		const clear = parent === undefined ? undefined : this.#clearAround(parent);
		if (clear && clear.start <= start && end <= clear.end && (start === clear.start || isNonWordAscii(this.#source.charCodeAt(start - 1)))) {
			this.#known.set(b, false);
			return false;
		}
		this.tests++;
		this.scanned += end - start;
		const yes = POSTER_MARK_RE.test(this.#source.slice(start, end));
		this.#known.set(b, yes);
		return yes;
	}

	/**
	 * The outermost range around `b` (itself or an ancestor) tested without a mark, if any. Each block's answer is kept:
	 * a walk up stops at the first block already answered, so all the walks together are linear in the blocks. A block
	 * tested after its answer was kept only loses a skip, never gives a wrong one: every range kept had no mark.
	 */
	#clearAround(b: Block): SourceRange | undefined {
		const chain: Block[] = [];
		let found: SourceRange | null | undefined;
		for (let p: Block | undefined = b; p !== undefined; p = this.#index.parent.get(p)) {
			found = this.#around.get(p);
			if (found !== undefined) break;
			chain.push(p);
		}
		let clear = found ?? null;
		for (let i = chain.length - 1; i >= 0; i--) {
			const p = chain[i];
			if (clear === null && this.#known.get(p) === false) clear = p.range;
			this.#around.set(p, clear);
		}
		return clear ?? undefined;
	}
}

/** Whether a character code is ASCII and no regex word character (`[A-Za-z0-9_]`): a `\b` before a letter after it holds. */
function isNonWordAscii(c: number): boolean {
	if (!(c < 128)) return false;
	return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** Each index's poster-mark tests (`posterMarkTestsOf`). */
const shared = new WeakMap<BlockIndex, PosterMarkTests>();

/**
 * The poster-mark tests of an index, made once and shared by every rule that asks (kinds/flatPosts.ts and
 * kinds/placedFlatPosts.ts): a block's answer depends on its source alone, so the second rule reads the blocks the first
 * one tested from the kept answers. Issue 13 (session 62): both rules test the windows above the same messages.
 */
export function posterMarkTestsOf(index: BlockIndex): PosterMarkTests {
	let marks = shared.get(index);
	if (marks === undefined) shared.set(index, (marks = new PosterMarkTests(index)));
	return marks;
}

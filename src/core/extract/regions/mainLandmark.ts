// The page's main landmark as a region check: what was kept outside the container the page itself names as its main content.
import type { Block, SourceRange } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, type Container, isContainer } from '../blockIndex';
import { collapsedText } from '../inlineText';

/**
 * A container named by the page as its main content: `role="main"` (what pandoc keeps of `<main>`'s ARIA role) or an
 * id or class that is only a "main content" name (not `main-nav`, `content-sidebar`).
 */
const MAIN_ROLE_RE = /^main$/i;
export const MAIN_NAME_RE = /^(?:main|content|main[-_]?content|primary|site[-_]content|page[-_]content|content[-_]?area|main[-_]?container)$/i;

/**
 * The landmark must hold at least this share of the kept blocks' source: a landmark holding less is one section
 * (a `#content` around the intro only, a `main` around a sign-up box) and the kept text is not judged by it. On half A
 * every share from 0.5 to 0.6 keeps the same pages (none falls between); 0.5 let in one half-B product page whose
 * `.content` holds 0.5-0.6 of its read (product 0.717 → 0.716), 0.6 does not (see keepInsideMainLandmark).
 */
export const MIN_LANDMARK_SHARE = 0.6;

/** A paragraph outside the landmark this long with a sentence mark is prose the page printed after its main element, and stays. */
export const OUTSIDE_PROSE_MIN_CHARS = 80;
const SENTENCE_END_RE = /[.!?\u3002\uFF01\uFF1F]/;

/** Whether the container is a main-content landmark, and by what: `role`, `id` or `class`. */
export function landmarkName(c: Container): string | undefined {
	const a = c.attrs;
	for (const [k, v] of a.pairs) if (k === 'role' && MAIN_ROLE_RE.test(v)) return 'role=main';
	if (a.id && MAIN_NAME_RE.test(a.id)) return `#${a.id}`;
	const cls = a.classes.find((n) => MAIN_NAME_RE.test(n));
	return cls ? `.${cls}` : undefined;
}

/** Whether a sibling container shares the class: a class repeated beside itself names tab panels or cards, not the page's one main content. */
function isRepeatedClass(index: BlockIndex, c: Container, name: string): boolean {
	if (!name.startsWith('.')) return false;
	const cls = name.slice(1);
	return index.childrenOf(index.parent.get(c)).some((s) => s !== c && isContainer(s) && s.attrs.classes.includes(cls));
}

function inside(r: SourceRange, outer: SourceRange): boolean {
	return r.start >= outer.start && r.end <= outer.end;
}

function sourceChars(blocks: readonly Block[], within?: SourceRange): number {
	let n = 0;
	for (const b of blocks) if (!within || inside(b.range, within)) n += b.range.end - b.range.start;
	return n;
}

function isOutsideProse(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const t = collapsedText(b);
	return t.length >= OUTSIDE_PROSE_MIN_CHARS && SENTENCE_END_RE.test(t);
}

/**
 * The kept blocks less those outside the page's main landmark that are not prose: the site's menus, footer columns,
 * sign-up boxes and language pickers that a whole-page read or a container wider than `<main>` kept. A page names
 * its main content in its markup far more reliably than any strategy guesses it; prose paragraphs outside it stay
 * (an article whose body the template prints after `<main>` closes).
 *
 * Workflow:
 * 1. The landmark: the outermost container named as main (`landmarkName`) that holds at least `MIN_LANDMARK_SHARE`
 *    of the kept blocks' source, and not all of it (else nothing is outside).
 * 2. Outside it, every kept block but a prose paragraph (`OUTSIDE_PROSE_MIN_CHARS`, a sentence mark) goes, recorded
 *    with the step `outside-main-landmark`.
 *
 * wcxb-dev tuning part, half A (studied): all 0.8865 → 0.8876, 38 pages touched, none down (a service page 0.932 →
 * 0.990, a documentation page 0.848 → 0.960, an article read as documentation 0.820 → 0.974); half B (measured only):
 * all 0.8961 → 0.8970 (listing 0.839 → 0.843, product 0.717 → 0.720, collection 0.776 → 0.778).
 */
export function keepInsideMainLandmark(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const total = sourceChars(blocks);
	if (total === 0) return blocks;
	// 1. The outermost landmark holding most of what was kept (containers are in document order, parents first).
	let landmark: Container | undefined;
	let name: string | undefined;
	for (const c of index.containers) {
		// A container shorter than the share cannot hold it: most are cards and rows (and a card's `.content` is no
		// landmark), skipped before their names are read.
		if (c.range.end - c.range.start < MIN_LANDMARK_SHARE * total) continue;
		const n = landmarkName(c);
		if (!n || isRepeatedClass(index, c, n)) continue;
		const share = sourceChars(blocks, c.range) / total;
		if (share >= MIN_LANDMARK_SHARE && share < 1) {
			landmark = c;
			name = n;
			break;
		}
	}
	if (!landmark) return blocks;
	// 2. Outside it, prose paragraphs only.
	const range = landmark.range;
	const kept: Block[] = [];
	for (const b of blocks) {
		if (inside(b.range, range) || isOutsideProse(b)) kept.push(b);
		else removed.push({ range: b.range, step: 'outside-main-landmark', signal: name! });
	}
	return kept;
}

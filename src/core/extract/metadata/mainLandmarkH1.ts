// An h1 inside the page's main landmark (role="main") leads the page's h1s: an h1 above it names the site, the blog or the board.
import type { SourceRange } from '../../model/dumpDocument';
import type { MetadataScan, MNode } from './scan';

/** ARIA's main landmark: what pandoc keeps of `<main>` and of `role="main"` on a div, class-free (the words are the standard's). */
const MAIN_ROLE_RE = /^\s*main\s*$/i;

/**
 * The range of the page's first container with `role="main"`, undefined when there is none. One pass over the scan's
 * nodes, reading the attribute pairs of divs only.
 */
export function mainLandmarkRange(s: MetadataScan): SourceRange | undefined {
	for (let ni = 0; ni < s.nodes.length; ni++) {
		const kind = s.kindAt(ni);
		if (kind !== 'div' && kind !== 'htmlDiv') continue;
		const pairs = s.nodes[ni].attrParts?.pairs;
		if (!pairs) continue;
		for (let i = 0; i < pairs.length; i++) if (pairs[i][0].toLowerCase() === 'role' && MAIN_ROLE_RE.test(pairs[i][1])) return s.nodes[ni].range;
	}
	return undefined;
}

/**
 * Whether the node lies inside the main landmark. Why: the h1 that breaks ties between h1s (`leadingH1` in title.ts)
 * was the page's first when no h1 lay inside the article region, and a blog's or a forum's name set as an h1 in the
 * header ("# Jane Doe" over "# Configure your repositories", "# Discussion Forum" over the board's own "# Beginning
 * woodworking") comes first. The page itself says which part is its content: the h1 inside `<main>` is the page's own.
 * Class-free: the role is ARIA's word, not a site's. Only the fallbacks change: an h1 leading the article region keeps
 * the tie, and a page without a main landmark keeps its first h1.
 * Measured (cached regions, metadata alone, wcxb-dev tuning part): declassed title right half A 347 -> 349 of 498
 * (a personal blog and a woodworking board: two sites) and author 398 -> 399 of 529 (the byline under the right h1); half B 426 -> 426
 * of 556; as is unchanged (793 of 1054: the classes already told those h1s apart).
 */
export function insideMain(main: SourceRange | undefined, n: MNode): boolean {
	return main !== undefined && n.range.start >= main.start && n.range.end <= main.end;
}

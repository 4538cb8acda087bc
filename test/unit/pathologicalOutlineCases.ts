// Hostile input shapes for the outline (issue 11), kept apart from the other generators so each list merges alone.

/**
 * A short article, then `n` named chrome divs outside it, footer and sidebar in turn: each is a region of its own (the
 * names alternate, so no two merge) and a removed region of its own (`outside-article`). Listing each region's removed
 * regions with a scan of all of them was O(regions x removed): 20,000 took 15 s in `pagedump outline` (a sweep: 3 s).
 */
export function alternatingChrome(n: number): string {
	const parts = ['::: {#main .article}\n# A title {#t}\n\n' + 'Some article text with [a link](https://a.example/x) and a comma, as prose has. '.repeat(20) + '\n:::\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(i % 2 === 1 ? `::: {.sidebar}\nSide words ${i} [l](https://a.example/s${i})\n:::\n\n` : `::: {.site-footer}\nFoot words ${i}\n:::\n\n`);
	}
	return parts.join('');
}

/**
 * `n` named chrome divs, then an article holding `n` hidden widgets between short paragraphs: each widget is a region
 * inside the article (step `hidden`). Finding each widget's block with a search from the dump's first block was
 * O(widgets x blocks before them): 20,000 took 13.7 s in `buildOutline` (one walk of the tree: 1.1 s).
 */
export function hiddenWidgetsAfterChrome(n: number): string {
	const parts: string[] = [];
	for (let i = 0; i < n; i++) parts.push(`::: {.site-footer}\nFoot words ${i}\n:::\n\n`);
	parts.push('::: {#main .article}\n# A title {#t}\n\n');
	for (let i = 0; i < n; i++) parts.push(`Some words of prose, with a comma.\n\n::: {style="display:none"}\n[Share ${i}](https://s.example/${i})\n:::\n\n`);
	parts.push(':::\n');
	return parts.join('');
}

/** Outline cases: the text of each, built in code, never committed as files. The whole pipeline runs on each. */
export const OUTLINE_CASES: Readonly<Record<string, { readonly text: () => string }>> = {
	// 80,000 divs, 4.3 MB: past the liveness bound before the sweep (about 4 min by its growth), seconds after.
	'alternating named chrome divs outside a short article': { text: () => alternatingChrome(80_000) },
	// 40,000 of each, 5.9 MB: about a minute in the outline before the walk (by its growth), a second or two after.
	'hidden widgets in an article after chrome divs': { text: () => hiddenWidgetsAfterChrome(40_000) },
};

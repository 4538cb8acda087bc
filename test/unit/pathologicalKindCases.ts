// Hostile input shapes for the page-kind strategies (issue 11), kept apart from the other generators so each list merges alone.

/**
 * A listing's layout wrapper holding `n` blocks, linked cards and chrome divs in turn (`.sidebar` and `.menu` by turns):
 * the page is detected as a listing, the article pipeline's container is the wrapper, and the whole-page read prunes
 * each chrome div by its name, so the listing cuts `n / 2` chrome regions out of the container
 * (kinds/containerWithChrome.ts). Asking every region for every block was O(blocks x regions): n = 40,000 spent 17.7 s
 * in the cut on 2 loaded cores (an index: 0.3 s).
 */
export function chromeBetweenCards(n: number): string {
	const parts = ['::: {.site-header}\n[Archive](/) · [Sign in](/login)\n:::\n\n::: {#index-container .layout}\n# Latest additions\n\n'];
	for (let i = 0; i < n; i++) {
		parts.push(
			i % 2 === 0
				? `::: {.story-card}\n## [Item number ${i} of the archive](/items/${i})\n\nA short line about item ${i}.\n\n:::\n\n`
				: `::: {.${i % 4 === 1 ? 'sidebar' : 'menu'}}\n[Side ${i}](/s/${i}) · [More](/m/${i})\n:::\n\n`,
		);
	}
	parts.push(':::\n\nPrivacy · Terms\n');
	return parts.join('');
}

/** Page-kind cases: the text of each, built in code, never committed as files. The whole pipeline runs on each. */
export const KIND_CASES: Readonly<Record<string, { readonly text: () => string }>> = {
	// 80,000 blocks, 6.4 MB: on 2 loaded cores the scan made extraction 149 s (cut 116 s wall, 17 s CPU, growing 4x per
	// doubling), past the liveness bound; with the index the worker ran it in 36 s (extract 21 s, the cut 0.5 s).
	'chrome divs between cards in a listing container': { text: () => chromeBetweenCards(80_000) },
};

// A tag or category link in a byline box ("[Personal finance](/tag/personal-finance)") names the post's topic, not its author.
import type { Link } from '../../model/dumpDocument';
import { collapse } from '../inlineText';
import type { MetadataScan, MNode } from './scan';

/** Paths and queries of a site's topic pages: `/tag/x`, `/category/x`, `/topics/x`, `?tag=`, `?content_topic=906`. */
const TAXONOMY_URL_RE = /(?:\/(?:tags?|category|categories|topics?|labels?)\/[^/?#]+\/?(?:[?#]|$)|[?&](?:tags?|category|cat|topics?|content_topic)=)/i;

/** Whether a link goes to a topic page (see `TAXONOMY_URL_RE`). */
export function isTaxonomyLink(link: Link): boolean {
	return TAXONOMY_URL_RE.test(link.href);
}

/**
 * The lower-cased texts of the topic links in a node (the node itself too). Byline boxes hold the post's tags beside
 * the author ("- [Personal finance](…/tag/personal-finance) January 27, 2025"), and some themes give a topic link an
 * author id (`{#author-modal}`): a name that is such a link's text is the topic. Measured on the wcxb-dev tuning part:
 * author wrong 19 -> 17 of 529 (two topics no longer reported), right unchanged.
 */
export function taxonomyTexts(s: MetadataScan, n: MNode): ReadonlySet<string> {
	const out = new Set<string>();
	for (const d of [n, ...s.descendants(n)]) {
		if (d.inline?.kind === 'link' && isTaxonomyLink(d.inline)) out.add(collapse(s.textOf(d)).toLowerCase());
	}
	return out;
}

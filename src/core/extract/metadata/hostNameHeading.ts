// An h1 whose words spell the site's host name ("# Arch Linux" on bbs.archlinux.org) is the site's name, not the page's title.
import type { MetadataScan } from './scan';
import { siteOrigin } from './pageUrl';
import { parseUrl } from './urls';

/**
 * Second-level labels under a country code that are no one's name (`example.co.uk`, `example.com.au`): the site's own
 * label is the one before them.
 */
const GENERIC_SLD_RE = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/;
/** A shorter spelled host ("Eat", "Go") matches words of a headline too easily. */
const MIN_NAME_CHARS = 5;

/** The host's own name label, lower-cased without hyphens (`bbs.archlinux.org` -> "archlinux"); undefined without a host. */
export function hostNameLabel(origin: string | undefined): string | undefined {
	const host = origin ? parseUrl(origin)?.host : undefined;
	if (!host) return undefined;
	const labels = host.split('.');
	if (labels.length < 2) return undefined;
	const i = labels.length >= 3 && GENERIC_SLD_RE.test(labels[labels.length - 2]) ? labels.length - 3 : labels.length - 2;
	return labels[i].replace(/-/g, '');
}

/** A heading's letters and digits, accents and case folded ("Best Mobile App Awards" -> "bestmobileappawards"). */
function spelled(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '')
		.replace(/\p{M}/gu, '');
}

/**
 * Whether a heading's text spells the site's host label. A forum's or a review site's header puts the site's name in
 * an h1 above the page's own heading ("# Arch Linux" above "### What happened with Arch Linux ISO in 2024",
 * "# Best Mobile App Awards" above "# Mobile App Reviews", "# Aliexpress" above a product). The host is the one most
 * of the dump's links point to (`siteOrigin`); a subdomain's label ("engineering.atspotify.com") is a section's name
 * and does not count. Only h1s are judged (the caller's choice): a front page's site-named h2 is its title
 * ("## Netflix TechBlog"). Measured on the wcxb-dev tuning part with `siteNameFallback.ts`: title right 769 -> 772 of
 * 1054 (bestmobileappawards, bbs.archlinux, coryd; one-page sites 642 -> 645 of 868), none lost.
 */
export function spellsHostName(text: string, hostLabel: string | undefined): boolean {
	if (!hostLabel || hostLabel.length < MIN_NAME_CHARS) return false;
	return spelled(text) === hostLabel;
}

/** The host label of the site most of the scan's links point to (computed once per scan by the caller). */
export function scanHostLabel(s: MetadataScan): string | undefined {
	return hostNameLabel(siteOrigin(s, [], undefined));
}

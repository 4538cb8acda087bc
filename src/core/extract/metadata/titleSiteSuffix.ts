// A headline that ends with the site's own name ("Critics' Choice 2025 – Artlyst") is a <title> pasted into the page: the name is not the title's.
import { bare as squash } from './headingSlugId';
import type { Candidate } from './scan';
import { bareHost, parseUrl } from './urls';

/**
 * Separators between a headline and a site's name. Only dashes and dots here: " | " is cut already (`titleText.ts`), and
 * ": " more often opens a subtitle than a name.
 */
const SUFFIX_SEPARATORS: readonly string[] = [' – ', ' — ', ' - ', ' :: ', ' · ', ' » '];
/** A name this short could be anything ("AI", "Go"); the host or the site name must say more. */
const MIN_NAME_CHARS = 4;

/**
 * The title without a trailing " – Site" when the part after the last dash is the site's name as the page says it
 * elsewhere (`siteNames`: logo links, copyright lines, publisher markup) or as its host spells it (artlyst.com:
 * "Artlyst"; promatcher.com: "ProMatcher Cost Report"). Dashes inside headlines join clauses ("Zero Waste – A
 * Beginner's Guide"), so nothing is cut without that evidence. Measured on the wcxb-dev tuning part: title right
 * 738 -> 740 of 1054.
 */
export function withoutSiteSuffix(title: string, siteNames: readonly Candidate<string>[], origin: string | undefined): string | undefined {
	let cut = -1;
	let sepLength = 0;
	for (const sep of SUFFIX_SEPARATORS) {
		const at = title.lastIndexOf(sep);
		if (at > cut) [cut, sepLength] = [at, sep.length];
	}
	if (cut <= 0) return undefined;
	const head = title.slice(0, cut).trim();
	const name = squash(title.slice(cut + sepLength));
	if (name.length < MIN_NAME_CHARS || squash(head).length < name.length) return undefined;
	const host = origin ? bareHost(parseUrl(origin)?.host ?? '') : '';
	const domain = squash(host.split('.').slice(0, -1).join(''));
	const byHost = domain.length >= MIN_NAME_CHARS && (name.startsWith(domain) || domain === name);
	const byName = siteNames.some((c) => squash(c.value) === name);
	return byHost || byName ? head : undefined;
}

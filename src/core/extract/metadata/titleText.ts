// A heading's text as the page's title: without the permalink mark documentation generators append, and without a tagline after " | ".
import { repairMojibake } from '../../text/mojibake';

/** Marks that documentation generators and blogs append to a heading as its permalink: "Advanced usage¶", "Install #". */
const ANCHOR_MARK_RE = /\s*[¶§#🔗]+\s*$/u;
/**
 * " | " sets a headline apart from a tagline or the site's name ("Best movers in NYC 2025 | Top 19 companies",
 * "How meditation rewires brains | Opinion"): the headline is what comes first. Dashes are not split: in running
 * headlines they join clauses ("The no. 1 workout of 2024 — and 5 trends to expect").
 */
const TAGLINE_SEPARATOR = ' | ';
/** A first part shorter than this is a label or a number ("# 1 | Intro"), not a headline: the text is kept whole. */
const MIN_HEADLINE_CHARS = 4;

/** Forum and archive software label the subject: "Thread: Which host?", "Topic: …". The label is not the title. */
const SUBJECT_LABEL_RE = /^(?:thread|topic|subject|title|re)\s*:\s*(?=\S)/iu;
/** Archive pages label what they list: "Collection: Sennheiser", "Category: Recipes", "Tag: rust". The label is not the title. */
const ARCHIVE_LABEL_RE = /^(?:collection|category|tag|tagged|archives?|author|series)\s*:\s+(?=\S)/iu;
/** Soft hyphens mark where a word may break ("Assis\u00adtance"): invisible on the page. */
const SOFT_HYPHEN_RE = /\u00ad/g;
/** "â€" and a straight quote: an em dash (E2 80 94) whose last character, "”", pandoc's smart quotes wrote straight; not a sequence `repairMojibake` can read. */
const PANDOC_EM_DASH_RE = /\u00E2\u20AC"/g;
/** A heading that is a bare domain ("Bogleheads.org", "davidbau.com") names the site, not the page. */
export const DOMAIN_NAME_RE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|co|info|me|blog|app|ai|uk|de|fr|us|ca|au|eu|edu|gov)$/iu;

/** The title a heading's (collapsed) text gives. */
export function titleText(text: string): string {
	// UTF-8 read as Windows-1252 ("Investorâ€™s", "itertools â€” Functions"): read back in any title, a heading's few
	// words being no place for such a run to be meant (text/mojibake.ts; the body is read back only in a dump that shows it twice).
	let t = repairMojibake(text).replace(PANDOC_EM_DASH_RE, '\u2014').replace(SOFT_HYPHEN_RE, '').replace(ANCHOR_MARK_RE, '').replace(/\s*Â$/u, '').replace(SUBJECT_LABEL_RE, '').replace(ARCHIVE_LABEL_RE, '');
	const bar = t.indexOf(TAGLINE_SEPARATOR);
	if (bar >= MIN_HEADLINE_CHARS) t = t.slice(0, bar).trim();
	return t;
}

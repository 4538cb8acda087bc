// Words glued together by CSS gaps ("OrganizationOfficeOrganizingPapers", a row of tag links read as one token) are no person's name.

/**
 * Reason: a row of tag or category links whose spacing is drawn by CSS is dumped as one token
 * ("Digital OrganizationOfficeOrganizingPapers"); beside a date it read as a dateline's name on a page whose truth has
 * no author (issue 12, "reported where none"). As is, the tag links' class words stopped it; read without class words
 * (EVAL_DECLASS, the proxy for unseen sites) nothing did. A name word changes from lower to upper case once or twice
 * ("McDonald", "DeLaCruz", "VanDerBeek"); three times or more is several words run together. Measured on the wcxb-dev
 * tuning part (session 39, meta44): declassed author where none 9 -> 8 of 525 (half A), right unchanged; as is unchanged.
 */
const GLUED_STEPS = 3;
const STEP_RE = /\p{Ll}\p{Lu}/gu;

/** Whether any word of a text holds three or more lower-to-upper case steps (words run together, not a name). */
export function hasGluedWords(text: string): boolean {
	for (const w of text.split(/\s+/)) {
		if (w.length < 8) continue;
		if ((w.match(STEP_RE)?.length ?? 0) >= GLUED_STEPS) return true;
	}
	return false;
}

// "ByJane Doe": a byline's "By" label in a span of its own, glued to the name link after it, is still a label.

/*
 * Reason: React sites write the label and the name as two elements with no space between them (the gap is CSS), so the
 * dump reads `[By]{.x}[Jane Doe](/staff/jane){.y}` and the byline element's text is "ByJane Doe". The byline prefix
 * (`BYLINE_PREFIX_RE`) wants a space after "By", so the name kept the label. "By" then a capital and a lower-case
 * letter starts no name ("Byron", "Byung-Chul" go on in lower case). Case-sensitive on purpose: "BYLINE" and "by" do
 * not glue so. Seen with the testid bylines (`testIdWords.ts`) on a broadcaster's article, half A.
 */
const GLUED_BY_RE = /^By(?=\p{Lu}\p{Ll})/u;

/** The text without a "By" label glued to the name after it. */
export function withoutGluedBy(text: string): string {
	return text.replace(GLUED_BY_RE, '');
}

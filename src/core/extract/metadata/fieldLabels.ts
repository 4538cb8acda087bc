// A form's or template's label where a name would be ("作者：", "Autor:", "Username"): the field's caption, not its value.
/**
 * An empty byline field keeps only its caption ("[作者：]{#author_baidu}" beside "[责任编辑：肖春芳]"), and a site's
 * header keeps the signed-in account's placeholder ("[Username]{.username}"): both sit in author-classed elements and
 * were reported as the author. A name never ends with a colon, in any script, and a placeholder is a word for the field
 * itself. Reason: issue 12 (helper meta36), precision of the author. Measured: on the Readability corpus wapo-1 and
 * wapo-2 now give their byline's name instead of "Username" and gmw no author instead of "作者：" (the corpus's truth
 * keeps "By " and the editor there, so its count stays 34 of 76); wcxb-dev tuning part unchanged (no such page).
 */
const TRAILING_COLON_RE = /[:：﹕]\s*$/u;
/** The account placeholders a theme writes before anyone signs in. */
const PLACEHOLDER_RE = /^(?:user\s*name|user|your\s+name|display\s+name|nick\s*name|full\s+name|first\s+name|last\s+name|name|my\s+account|account)$/iu;

/** Whether a text is a field's label or placeholder rather than a person's name. */
export function isFieldLabel(text: string): boolean {
	const t = text.trim();
	return TRAILING_COLON_RE.test(t) || PLACEHOLDER_RE.test(t);
}

// EVAL_UNLINK: member links made bold names before extraction, the tuning part's harsher stand-in for unseen boards.
import { MEMBER_LINK_RE } from '../../src/core/extract/kinds/posterHeadings';

/** A Markdown link with its optional title and attribute block: text, target. Bounded runs keep it linear. */
const LINK_RE = /\[([^[\]\n]{1,80})\]\(([^()\s]*)(?:\s+"[^"\n]{0,80}")?\)(?:\{[^{}\n]{0,200}\})?/g;

/**
 * Every link whose target is a member's page (the core's own recognizer, `MEMBER_LINK_RE`) written as `**name**`:
 * a board whose profile paths no rule knows shows its posters as bare names, and the forum rules must not hang on the
 * link alone (forum59's scratch patch measured this way). Other links are left as they are.
 */
export function unlinkDump(dump: string): string {
	return dump.replace(LINK_RE, (whole, text: string, target: string) => (MEMBER_LINK_RE.test(`](${target}`) ? `**${text}**` : whole));
}

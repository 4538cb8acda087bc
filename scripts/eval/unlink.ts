// EVAL_UNLINK: member links made bold names before extraction, the tuning part's harsher stand-in for unseen boards.
import { MEMBER_LINK_RE } from '../../src/core/extract/kinds/posterHeadings';

/**
 * A Markdown link with its optional title and attribute block: text, target. Bounded runs keep it linear. The
 * attribute block may run over lines, as pandoc wraps a long one: before session 55 only a one-line block was taken,
 * and a wrapped one was left after the bold name as text (`name{.x xf-init="member-tooltip" ...}`), which no real
 * board prints (under the proxy, 9 of 12 posters' lines of a tuning thread kept such tails).
 */
const LINK_RE = /\[([^[\]\n]{1,80})\]\(([^()\s]*)(?:\s+"[^"\n]{0,80}")?\)(?:\{[^{}]{0,400}\})?/g;

/**
 * Every link whose target is a member's page (the core's own recognizer, `MEMBER_LINK_RE`) written as `**name**`:
 * a board whose profile paths no rule knows shows its posters as bare names, and the forum rules must not hang on the
 * link alone (forum59's scratch patch measured this way). Other links are left as they are. A link already in bold
 * or italics (`**[name](...)**`, `**By [name](...)**`) becomes the name alone: `****name****` is no markup a board writes, and it read as
 * literal stars in the name (an author `Rabbids****`, session 55).
 */
export function unlinkDump(dump: string): string {
	return dump.replace(LINK_RE, (whole, text: string, target: string, offset: number) => {
		if (!MEMBER_LINK_RE.test(`](${target}`)) return whole;
		const before = dump.charAt(offset - 1);
		const after = dump.charAt(offset + whole.length);
		return before === '*' || before === '_' || after === '*' || after === '_' ? text : `**${text}**`;
	});
}

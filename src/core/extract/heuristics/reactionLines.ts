// Like and reaction lines under a post, by their name-list shape ("A, B and 3 others like this.", "Reactions: A, B and C").
/**
 * Forum engines print under a post who liked, thanked or reacted to it: vBulletin's like plugins ("Sea.with.Ann,
 * MiRA and 2 others like this."), XenForo's reactions bar ("Reactions: NAME, NAME and NAME", its label hidden by a
 * screen-reader class that a theme or an unseen board may name otherwise), Facebook-like widgets ("3 people like
 * this"). No tuning truth keeps one; the annotators keep the message, not its audience.
 *
 * Read by the shape of the line, never by its words alone: a list of members' names (`NAME`: one or two words, not a
 * pronoun, so "I like this." and "My wife and I like this." are sentences) joined by commas or "and", or a count of
 * people ("and 3 others", "12 people"), then the verb and "this"; or a reactions label and a list of names. A single
 * name with the verb ("Bob likes this.") is no list: it is left as it is. Every form is anchored at both ends of the
 * line and the line is short (`MAX_REACTION_LINE_CHARS`), so a sentence that starts or ends so stays.
 *
 * Measured (session 58, tuning part, forum pages, with the declass fix of list-marker fences in the bases): profiles off
 * with every token unique, forum 0.85252 -> 0.85295 (half A 0.8174 -> 0.8182: a vBulletin thread's like lines 0.916 ->
 * 0.932, two XenForo threads' reactions bars 0.936 -> 0.955 and +0.001; half B unchanged); declassed forum 0.87423 ->
 * 0.87450 (half A 0.8370 -> 0.8375: the vBulletin thread 0.948 -> 0.969, another +0.002; half B unchanged); as is no page
 * moved (the profiles' class words already drop these boxes); no page of another kind moved on any of the three. No
 * truth of the tuning part, of any kind, has a line of this shape.
 */

/** A reaction line is this long at most: a few names, a count and the verb. */
export const MAX_REACTION_LINE_CHARS = 200;

/** A member's name as a list writes it: one or two words without commas, each at most 30 characters. */
const NAME = String.raw`[^\s,:;!?]{1,30}(?: [^\s,:;!?]{1,30})?`;
/** A count of more people ("3 others", "1 other person", "12 people", "2 members"). */
const COUNT = String.raw`\d[\d,.]*[km]? (?:others?|more|other (?:people|persons?|members?|users?)|people|persons?|members?|users?)`;
/** Names joined by commas and "and" (two or more), with a count as the last member or alone. */
const LIST = String.raw`(?:${NAME}(?:, ${NAME})*,? (?:and|&) (?:${COUNT}|${NAME})|${NAME}(?:, ${NAME})+|${COUNT})`;
/** The verb of the like line and what it points at. */
const VERB = String.raw`(?:likes?|liked|loves?|loved|thanks?|thanked|upvoted|reacted to|agrees? with|agreed with) (?:this|that|it)(?: (?:post|reply|message|comment|answer|topic|thread))?`;
/** The label of a reactions bar, before a list of one name or more. */
const LABEL = String.raw`(?:reactions|liked by|likes|thanked by|reacted by|upvoted by)`;

/** A like line (`LIST VERB.`) or a reactions bar (`LABEL: NAME, ...`), anchored at both ends. */
export const REACTION_LINE_RE = new RegExp(String.raw`^(?:${LIST} ${VERB}[.!]?|${LABEL}\s?:\s?(?:${LIST}|${NAME}))$`, 'i');

/**
 * Words that begin a sentence's subject, not a member's name: with them the line is a sentence ("I like this.", "We
 * and our kids love this."). "You" stays a name: engines write "You, NAME and 3 others like this."
 */
const NOT_A_NAME_RE = /^(?:i|me|i'm|i've|we|he|she|it|they|my|our|his|her|their|its|this|that|these|those|everyone|everybody|people|all|both|many|most|some|anyone|nobody|no one|the|a|an)$/i;

/** Whether a line's collapsed text is a like or reaction line (`REACTION_LINE_RE`) whose list holds names, not pronouns. */
export function isReactionLine(text: string): boolean {
	if (text.length > MAX_REACTION_LINE_CHARS || !REACTION_LINE_RE.test(text)) return false;
	// The list's members before the verb or after the label: a pronoun or an article among them makes it a sentence.
	const list = text.replace(/^[^:]{1,20}:\s?/, '').replace(new RegExp(String.raw` ${VERB}[.!]?$`, 'i'), '');
	for (const member of list.split(/,? (?:and|&) |, /)) {
		const first = member.split(' ')[0];
		if (NOT_A_NAME_RE.test(first) || NOT_A_NAME_RE.test(member)) return false;
	}
	return true;
}

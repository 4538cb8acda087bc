// "By car", "By appointment", "By email", "Shop by Brand": a "by" that leads a way, a means or a facet, never a person.

/**
 * Words after a leading "by" that name a means of travel or contact, a manner or a list's facet: a contact page's
 * directions ("By car: take the A1"), a service's terms ("By appointment only"), a shop's filters ("By Brand",
 * "By Price"). The byline prefixes (`BYLINE_PREFIX_RE`) take "By" as a byline's start, and the word after it, capitalised,
 * reads as a name. Reason: issue 12, shapes of contact, service and shop pages in general, not tuning misses.
 * Measured on the wcxb-dev tuning part (session 17, meta9): half B author wrong 5 -> 4 of 275 (right 207 -> 208), half A unchanged.
 */
const BY_MEANS_RE =
	/^\s*(?:(?:shop|sort|filter|browse|search|order|view|list|filtered|sorted)\s+)?by\s*[:\-–]?\s*(?:car|train|bus|coach|bike|bicycle|cycle|foot|plane|air|boat|ferry|taxi|cab|tube|metro|subway|underground|tram|road|rail|sea|public\s+transport(?:ation)?|phone|telephone|email|e-mail|mail|post|fax|text|sms|whatsapp|chat|appointment(?:\s+only)?|invitation(?:\s+only)?|request|referral|default|design|hand|name|date|category|categories|price|popularity|relevance|rating|location|region|type|brand|brands|size|colou?r|collection|occasion|room|style|material|season|topic|theme|industry|product|service|team|department|month|year)\b/iu;

/** Whether a "by" line names a means, a manner or a facet rather than a person. */
export function isByPhrase(text: string): boolean {
	return BY_MEANS_RE.test(text);
}

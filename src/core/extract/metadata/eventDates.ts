// An event's date ("Event date: May 9, 2026", "When: …", "Date: …" beside "Time:" and "Location:", a date followed by its hours) is when the event happens, not when the page was written.
import type { MetadataScan, MNode } from './scan';

/**
 * Labels before a date that make it an event's, a course's or a show's: "Event date:", "When:", "Date and time:",
 * "Course dates:", "Doors open". Not "Start date": a forum thread's own date is labelled so (XenForo). `dateCandidates.ts` already leaves out "Starts", "Ends", "Event" alone.
 */
const EVENT_LABEL_RE =
	/(?:event\s+dates?|date\s+of\s+(?:the\s+)?(?:event|show|performance|concert|match|game|race|course|class|webinar|workshop|meeting|conference|session|exam|sale)|when|dates?\s*(?:and|&)\s*times?|(?:show|performance|concert|course|class|session|tour|webinar|workshop|conference|meeting|exhibition|festival|race|game|match|program(?:me)?|camp|retreat|trip|departure|arrival|check-?in|check-?out)\s+dates?|(?:finish|closing|opening|departure|arrival)\s+(?:date|time)|end\s+time|doors(?:\s+open)?|takes\s+place|(?:will\s+be\s+)?held|happening)\s*(?:on|at|from)?\s*[:\-–—]?\s*$/iu;
/** A bare "Date:" label: an event's when other details are labelled beside it, a post's otherwise. */
const BARE_DATE_LABEL_RE = /(?:^|[^\p{L}])dates?\s*[:\-–—]\s*$/iu;
/** Other labels of an event's details box: "Time:", "Location:", "Venue:", "Where:", "Tickets:", "RSVP:". */
const DETAILS_LABEL_RE = /(?:^|[\n|•·])[\s>*_#-]*(?:times?|location|venue|where|address|place|cost|price|tickets?|admission|fees?|register|registration|rsvp|doors)[*_]*\s*:/imu;
/** How much of the dump around the date's element is read for other details' labels (a line or two each side). */
const DETAILS_WINDOW_CHARS = 300;
/** A time of day, "10", "10:30", "10 am", "7.30pm". */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?`;
/**
 * Hours after a date ("May 9, 2026, 10 am to 4 pm", "12.03.2026 | 18:00 – 21:00"): an event's, a post shows at most one
 * time. The first time may have been read with the date (`dates.ts` joins a time written after it): then only the end follows.
 */
const HOURS_AFTER_RE = new RegExp(String.raw`^\s*[,|@·•–—-]?\s*(?:from\s+)?(?:(${TIME})\s*)?(?:-|–|—|to|until|till|bis)\s*(${TIME})`, 'iu');
/** A time really written as one (a colon or am/pm), not two bare numbers. */
const CLOCK_RE = /[:.]\d{2}|[ap]\.?\s?m/i;

/**
 * Whether a date read from a node's text is an event's: labelled as one, a bare "Date:" inside a box of labelled
 * event details, or followed by the event's hours. Reason: issue 12 — on event pages nobody studied, "Event date:",
 * "When:" and a "Date:/Time:/Location:" box gave the page a publication date its truth does not have. From how event
 * pages label their details in general, not from tuning misses. Measured on the wcxb-dev tuning part (session 17,
 * meta9): no change on either half once "Start date" was left out (with it, forum threads lost their right dates).
 */
export function isEventDate(s: MetadataScan, n: MNode, text: string, date: { start: number; end: number; iso: string }, label: string): boolean {
	if (EVENT_LABEL_RE.test(label)) return true;
	const hours = HOURS_AFTER_RE.exec(text.slice(date.end));
	if (hours && CLOCK_RE.test(hours[2]) && (hours[1] !== undefined || date.iso.includes('T'))) return true;
	if (!BARE_DATE_LABEL_RE.test(label)) return false;
	const src = s.doc.text;
	return DETAILS_LABEL_RE.test(src.slice(Math.max(0, n.range.start - DETAILS_WINDOW_CHARS), Math.min(src.length, n.range.end + DETAILS_WINDOW_CHARS)));
}

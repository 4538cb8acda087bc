// A byline drawn as a name card under the title, with no byline class, "By" or author link: a line that is a person's name, then a short line with their job ("Harry Rabinowitz" / "Tech Reporter").
import { splitNames } from './names';
import { isSnippetCopy } from './snippetCopies';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: corporate and news blogs (Webflow, headless CMSs, hand-made themes) lay out the byline as a small card under
 * the headline: the writer's name on one line and their job on the next ("Marketing Director", "VP - Technology",
 * "Tech Reporter"), in containers named only by layout or hashed classes. Read without class words (the proxy for
 * unseen sites, EVAL_DECLASS), such pages had no author. What makes it the page's byline is the card (the writer's
 * picture, then a whole line that is a name, then a short line in job-title language) and its place just under the
 * title. Without the picture, a listing's topic line over a service line read as a name. A page with two or more
 * different names so carded is a team page, testimonials or a speakers' list: none is read.
 * Measured on the wcxb-dev tuning part (session 39, meta44): declassed author right 358 -> 363 of 529 (half A 4 sites,
 * half B 1), reported where the truth has none unchanged; as is unchanged (the class words found these already).
 * Without the picture it named a listing's topic line ("Lawn Care") on half B, where the truth has none.
 */

/** How far after the title's start the name may be (compact characters): the card sits under the headline and its dek. */
const AFTER_TITLE_CHARS = 2500;
/** How far before the title it may be (a card above the headline). */
const BEFORE_TITLE_CHARS = 400;
/** How far past the window a second card is still looked for: a team's or testimonials' cards follow each other within a few hundred characters. */
const GRID_CHARS = 6000;
/** How many nodes after the name the job line may start: the name's wrappers close, the job's open. */
const ROLE_NODES = 8;
/** A job line is short: "Associate Content Marketing Writer" is five words. */
const ROLE_MAX_WORDS = 6;
/** A person's name: two to four words, each capitalised or a particle ("van", "de"), no figures. */
const MAX_NAME_WORDS = 4;
const NAME_PARTICLE_RE = /^(?:de|del|der|den|van|von|da|di|du|le|la|bin|ibn|al)$/;
/**
 * Job-title words, in several languages (the language of a job line, not any site's markup): a writer's, an editor's,
 * an officer's or a practitioner's title.
 */
const ROLE_WORD_RE =
	/(?<![\p{L}])(?:editor|editors|writer|reporter|correspondent|journalist|columnist|contributor|author|blogger|producer|photographer|analyst|strategist|specialist|consultant|manager|director|head|lead|chief|officer|founder|co-founder|cofounder|owner|partner|president|vp|svp|evp|ceo|cto|cfo|coo|cmo|engineer|developer|designer|scientist|researcher|professor|lecturer|fellow|intern|associate|coordinator|marketer|advisor|adviser|coach|nutritionist|dietitian|physician|therapist|attorney|lawyer|redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|rédact(?:eur|rice)|journaliste|auteur|periodista|redactor(?:a)?|giornalista|redatt(?:ore|rice)|autore|autrice|redacteur|verslaggever|skribent|reporterin)(?![\p{L}])/iu;

/** Whether a text is written as one person's name: two to four capitalised words, no figures, one name to `splitNames`. */
function isNameText(text: string): boolean {
	if (text.length > 60 || /\d/.test(text)) return false;
	const words = text.split(/\s+/);
	if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
	if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE_RE.test(w))) return false;
	const names = splitNames(text);
	return names.length === 1 && names[0] === text;
}

/** Whether a text is a job line: a few words, job-title language, no sentence and no figures (a date is no job). */
export function isRoleText(text: string): boolean {
	const words = text.split(/\s+/);
	if (words.length > ROLE_MAX_WORDS || /\d/.test(text) || /[.!?:]$/.test(text)) return false;
	return ROLE_WORD_RE.test(text);
}

/** Whether the first text after a name element is a job line, within a few nodes. */
function roleFollows(s: MetadataScan, name: MNode): boolean {
	let seen = 0;
	for (let i = name.order + 1; i < s.nodes.length && seen < ROLE_NODES; i++) {
		const d = s.nodes[i];
		if (d.start < name.end) continue;
		seen++;
		const kind = s.kindAt(i);
		if (kind === 'image') return false;
		if (kind !== 'paragraph') continue;
		const t = s.textOf(d).replace(/^[*_\s]+|[*_\s]+$/g, '');
		if (t === '') continue;
		return isRoleText(t);
	}
	return false;
}

/** How many nodes before the name the writer's picture may be: the picture, its link and wrappers, then the name's wrappers. */
const PICTURE_NODES = 8;

/** Whether the writer's picture comes just before the name, with no other text between (a card is picture, name, job). */
function pictureBefore(s: MetadataScan, name: MNode): boolean {
	for (let i = name.order - 1, seen = 0; i >= 0 && seen < PICTURE_NODES; i--, seen++) {
		const kind = s.kindAt(i);
		if (kind === 'image') return true;
		if (kind !== 'paragraph' && kind !== 'heading') continue;
		if (s.textOf(s.nodes[i]) !== '') return false;
	}
	return false;
}

/** As sure as a "By Jane Doe" line (`author.ts`), before the position score. */
const NAME_CARD_SCORE = 12;

/**
 * The page's name card near its title. Every paragraph that is a name followed by a job line is counted, up to a
 * grid's length past the byline's window: two different names so carded are a team, testimonials or speakers, and none
 * is read (the same name twice is a byline card and its repeat). Testimonials far below an article do not count.
 */
export function nameRoleCandidates(s: MetadataScan): Candidate<string[]>[] {
	const a = s.anchor();
	if (a === undefined) return [];
	let found: MNode | undefined;
	let foundName = '';
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.kindAt(i) !== 'paragraph') continue;
		const n = s.nodes[i];
		const gap = s.gap(a, n.start);
		if (gap < -BEFORE_TITLE_CHARS || gap > AFTER_TITLE_CHARS + GRID_CHARS || (gap > AFTER_TITLE_CHARS && !found)) continue;
		if (s.textLongerThan(n, 60)) continue;
		const text = s.textOf(n);
		if (!isNameText(text) || !roleFollows(s, n) || !pictureBefore(s, n)) continue;
		const key = text.toLowerCase();
		if (found && key !== foundName) return [];
		if (found) continue;
		found = n;
		foundName = key;
	}
	if (!found || found.hidden || isSnippetCopy(s, found) || s.isForeign(found)) return [];
	return [{ value: [s.textOf(found)], source: found.range, rule: 'text:name-role', score: NAME_CARD_SCORE + s.positionScore(found), node: found }];
}

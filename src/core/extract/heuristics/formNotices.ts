// Form notices: a sentence only a form prints ("By checking this box, you agree…", "Required fields are marked *") marks the small box around it as a form.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import type { BlockIndex } from '../blockIndex';
import { collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';
import { rangeCover } from '../rangeCover';
import { isOptionRun } from './optionRuns';

/**
 * Pandoc drops a form's inputs but keeps what the form says about itself: the consent line beside its checkbox ("By
 * checking this box, you confirm that you have read…", "I agree to the terms of the Privacy Policy."), the note on its
 * required fields, the "Please enable JavaScript in your browser to complete this form." a form builder prints, "Complete
 * this form and a representative will be in touch". forms.ts knows form builders by their class words and formFields.ts
 * needs three starred labels; a contact or demo form whose fields have no starred label, on a site whose words no rule
 * knows (EVAL_DECLASS=all, the proxy for unseen sites), kept its notices, select options ("Type of Project Web
 * Development Mobile Development …"), validation messages and submit button in a landing page's read. Studied on the
 * service pages of the tuning part read declassed: such a sentence stood on 8 pages of 8 sites (contact, quote and
 * newsletter forms of law firms, agencies, a gym dealer, a therapy app), in the annotated text of none.
 * The box dropped is the largest container around the notice that stays small (`MAX_FORM_CHARS`, `MAX_FORM_SHARE` of
 * the read) and holds no heading (`MAX_HEADING_LEVEL`): a form's box, not the page section that also holds the offer
 * or intro beside it. A notice outside any such box goes alone.
 * Measured with the consent banners of kinds/service.ts (session 40, tuning part of wcxb-dev, word F1), boxes climbed to
 * the first h1-h2: declassed all 0.86872 -> 0.86938 (half A 0.86703 -> 0.86750, half B 0.87024 -> 0.87108), service
 * 0.81662 -> 0.81843 (A 0.81909 -> 0.81991, B 0.81407 -> 0.81690), article 0.94052 -> 0.94080, listing, product and
 * collection up too; 19 pages up (a law firm's contact form 0.79 -> 0.93, an agency's 0.79 -> 0.88), 2 down (the
 * intros beside two demo forms, see `MAX_HEADING_LEVEL`, since stopped at any heading); as is all 0.90333 -> 0.90339,
 * 2 pages up, none down.
 * Session 41: an account wall's line ("By continuing, you agree to our User Agreement …", "By signing in or creating an
 * account, you agree …") is such a notice too (on 21 tuning dumps, in no truth), and the notice's own words no longer count
 * against `MAX_FORM_SHARE`, so the wall's box ("New to X? Create your account … Continue with Email") goes whole beside a
 * short thread. Tuning, declassed: all 0.87349 -> 0.87400 (A 0.87500 -> 0.87606, B unchanged), forum 0.84987 -> 0.85612
 * (three Reddit threads up: 0.79 -> 1.00, 0.78 -> 0.96, 0.82 -> 0.96); as is all 0.90337 -> 0.90325: one page whose read
 * is the sign-up box by mistake (its post is missed as is) loses the stop words the box shared with the truth (0.22 -> 0.08);
 * none of the other 161 tuning pages with a notice moved on either yardstick.
 */

/** The sentences a form prints about itself, in English; bounded runs only. */
export const FORM_NOTICE_RE = new RegExp(
	[
		// "By checking this box, you confirm …", "By submitting this form, I agree …", "By signing up, you consent …";
		// an account wall's "By continuing, you agree to our User Agreement …", "By signing in or creating an account, …"
		String.raw`^by (?:checking|ticking|clicking|submitting|signing (?:up|in)|subscribing|registering|providing|entering|continuing|creating an account|logging in|joining)\b.{0,160}\b(?:agree|consent|confirm|acknowledge|accept)`,
		// "Required fields are marked with an asterisk", "* indicates required field"
		String.raw`\b(?:required|mandatory) fields? (?:are|is) (?:marked|indicated)|^\*\s?(?:indicates|denotes) (?:a )?required`,
		// "Please enable JavaScript in your browser to complete this form.", "Complete this form and …", "Fill out the form below"
		String.raw`\benable javascript\b.{0,60}\bform\b|^(?:please )?(?:complete|fill (?:in|out)) (?:this|the|our) (?:short )?form\b`,
		// The checkbox's own line: "I agree to the terms of the Privacy Policy.", "I consent to receive emails …"
		String.raw`^i (?:agree|consent|accept|acknowledge)\b.{0,120}\b(?:terms|privacy|policy|conditions|to receive|to be contacted)`,
	].join('|'),
	'i',
);
/** A notice is one short line; a longer paragraph naming a form is a page's prose about it. */
export const MAX_NOTICE_CHARS = 300;
/** A form's box holds a few labels, options and notices: larger (notices included), the box is a page section that holds a form. */
export const MAX_FORM_CHARS = 1500;
/** Nor a large share of the read, its notices left out: a page that is mostly its form (a contact page) keeps the rest of it. */
export const MAX_FORM_SHARE = 0.3;
/**
 * A box holding a heading of this level or higher is a page section (its title and intro beside its form), not the
 * form's own box: any heading. With h1-h2 only, a demo form's box climbed to the h3 and the intro the annotators keep
 * ("Embed automation directly into your product", a column of an insurer's pitch beside its "Request a Demo" form):
 * two half-B pages down (-0.085, -0.112) declassed.
 */
export const MAX_HEADING_LEVEL = 6;
/** Containers climbed from a notice: a form wraps its fields in a few boxes (the studied ones in at most six), not in the page. */
export const MAX_CLIMB = 12;

/** Whether a line is a notice only a form prints. */
export function isFormNotice(text: string): boolean {
	return text.length > 0 && text.length <= MAX_NOTICE_CHARS && FORM_NOTICE_RE.test(text.trim());
}

/** Whether any of the sorted starts lies in [start, end). */
export function anyWithin(starts: readonly number[], start: number, end: number): boolean {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (starts[mid] < start) lo = mid + 1;
		else hi = mid;
	}
	return lo < starts.length && starts[lo] < end;
}

/**
 * The blocks without the forms their notices mark: for each notice the read keeps, the outermost container of the page
 * around it (climbing from the innermost, at most `MAX_CLIMB`) that stays under `MAX_FORM_CHARS` and `MAX_FORM_SHARE` of
 * the read and holds no section heading; the notice alone when none does. What the read keeps inside that container goes,
 * at any depth (a whole page's read is flat, an article's keeps its containers). Linear: one walk of the read, one pass
 * over the page's leaves when a notice is found, and bounded climbs.
 */
export function dropFormNotices(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	let total = 0;
	const notices = new Set<number>();
	const walk = (list: readonly Block[]): void => {
		for (const b of list) {
			if (b.kind === 'paragraph' || b.kind === 'heading') {
				const text = collapsedText(b);
				total += text.length;
				// A select's counting run of options ("Day 1 2 3 … 31") is a form's own line too (optionRuns.ts).
				if (isFormNotice(text) || isOptionRun(text)) notices.add(b.range.start);
			} else if (b.kind === 'list') for (const it of b.items) walk(it.children);
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') walk(b.children);
		}
	};
	walk(blocks);
	if (notices.size === 0) return [...blocks];
	// The page's section headings by start, and its leaves that are the read's notices (the read may hold copies).
	const headings: number[] = [];
	const leaves: Block[] = [];
	for (const b of index.order.keys()) {
		// A notice written as a heading ("### Complete this form and …") is the form's line, not a section's title.
		const notice = (b.kind === 'paragraph' || b.kind === 'heading') && notices.has(b.range.start);
		if (notice) leaves.push(b);
		else if (b.kind === 'heading' && b.level <= MAX_HEADING_LEVEL) headings.push(b.range.start);
	}
	const limit = total * MAX_FORM_SHARE;
	const forms: { start: number; end: number }[] = [];
	for (const leaf of leaves) {
		let form: Block = leaf;
		let depth = 0;
		// The notice's own words do not count against the share: an account wall's box beside a short thread is mostly its notice.
		const own = collapsedText(leaf).length;
		for (let p = index.parent.get(leaf); p !== undefined && depth < MAX_CLIMB; p = index.parent.get(p), depth++) {
			if (p.kind !== 'div' && p.kind !== 'htmlDiv') continue;
			const chars = index.charsOf(p);
			if (chars > MAX_FORM_CHARS || chars - own > limit || anyWithin(headings, p.range.start, p.range.end)) break;
			form = p;
		}
		forms.push({ start: form.range.start, end: form.range.end });
	}
	const inside = rangeCover(forms);
	if (inside === undefined) return [...blocks];
	return filterBlockTree(blocks, (b) => {
		if (!inside(b)) return true;
		removed.push({ range: b.range, step: 'form-notice', signal: collapsedText(b).slice(0, 60) });
		return false;
	});
}

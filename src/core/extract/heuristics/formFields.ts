// Form fields: a run of field labels marked as required ("First Name*", "Email: *") is a contact, sign-up or comment form, never a page's content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { setInt32 } from '../../model/int32Column';
import { collapsedText } from '../inlineText';
import { filterBlockTree } from './cardRepeats';
import { isSelectLine } from './selectLines';

/**
 * Pandoc drops a form's `<input>`, `<select>` and `<textarea>` elements but keeps their labels, so a contact, demo,
 * newsletter or comment form reaches the dump as a run of short lines, each a field's name with the asterisk that
 * marks it required: "First Name*", "Email address*", "Full Name: *", "Comment *" (the same in every language: "Nom *",
 * "E-Mail-Adresse *"). forms.ts finds forms by the class words of form builders; a site whose words no rule knows (an
 * unseen site, or the tuning pages with their class words made opaque, scripts/eval/declass.ts) kept every label, the
 * select's options ("Please select United States United Kingdom ...") and the consent lines. Studied on half A of the
 * tuning part, read declassed: such runs on 7 pages of 7 sites (4 service pages' contact and demo forms, 3 articles'
 * comment forms), all forms; in the annotated texts of half A a line of this shape occurs on one page, not in a run.
 * A footnote's asterisk after a price or a sentence ("$49/mo*", "Same day service available!*") is not a label: a
 * label has no digit and does not end a sentence.
 * Measured (eval --part tune, word F1, session 39; with navigationLists.ts's labelled columns and kinds/titleInContainer.ts):
 * declassed, it moves 7 pages of 7 sites of half A up (a consulting firm's contact form 0.692 -> 0.890, a pest control
 * firm's quote form 0.947 -> 0.952, comment forms 0.888 -> 0.902) and none down; as is, no page moves (the class words
 * of form builders already removed these forms).
 */

/** A form has at least this many required fields: two starred lines may be footnoted claims. */
export const MIN_FORM_FIELDS = 3;
/** At most this many lines lie between two labels of one form (an optional field's label, a hint, a select's options). */
export const MAX_FIELD_GAP = 3;
/** A field's name is short: "Details about your inquiry". */
export const MAX_LABEL_CHARS = 40;
/** A field's name has at most this many words. */
const MAX_LABEL_WORDS = 6;
/**
 * The container that holds a form's labels goes whole (options, hints, consent lines, the submit button) when it holds
 * less than this share of the read's text; otherwise (the labels sit loose in the page's own container) only the lines
 * from the first label to the last go.
 */
export const MAX_FORM_SHARE = 0.4;

const STARRED_RE = /^(.*?)\s*\*\s*:?$/su;

/** Whether a line is a required field's label: a few words without digits, then the asterisk (and perhaps a colon). */
export function isFieldLabel(text: string): boolean {
	const t = text.trim();
	if (t.length > MAX_LABEL_CHARS + 4) return false;
	const m = STARRED_RE.exec(t);
	if (!m) return false;
	const label = m[1].replace(/[\s:]+$/u, '');
	if (label.length < 2 || label.length > MAX_LABEL_CHARS || label.includes('*') || /\d/.test(label) || /[.!]$/.test(label)) return false;
	if (!/\p{L}/u.test(label)) return false;
	return label.split(/\s+/).length <= MAX_LABEL_WORDS;
}

/**
 * LEAF_COLUMNS. Why the leaves are columns, not an object each: every paragraph and heading of the read is a leaf, and
 * an object `{ block, chars, label }` (48 bytes in Node's V8) with its slot in a list (8) and its box's slot (8) was
 * 64 bytes a leaf, held at the extraction's peak. 'headings named like the preview' (issue 11, 120,001 blocks, a heap
 * snapshot near its 36 MB limit): 45,333 such objects, 2.2 MB, beside the repeated blocks' removed regions. Now a leaf
 * is its block's slot (8 bytes) and its box in an Int32Array (4); the labels are a list of their leaves (a page has a
 * handful), and a leaf's text length, which nothing read, is not kept.
 */
/** Room for this many leaves' boxes at first; doubled when full. */
const FIRST_LEAVES = 256;

interface Box {
	readonly block: Block;
	/** The enclosing container's box, -1 at the top. */
	readonly parent: number;
	/** Leaves [first, end) inside the container. */
	first: number;
	end: number;
	chars: number;
}

/**
 * Drops each form found by its run of required fields' labels (`MIN_FORM_FIELDS` labels, at most `MAX_FIELD_GAP` lines
 * apart): the innermost container holding the run when it is a small part of the read (`MAX_FORM_SHARE`), else the
 * lines from the run's first label to its last. Linear in the blocks.
 */
export function dropFormFields(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	// The leaves as columns (see LEAF_COLUMNS): each leaf's block, its innermost container's box, and which are labels.
	const leafBlocks: Block[] = [];
	/** The innermost container's box of each leaf (-1: none). */
	let leafBox = new Int32Array(FIRST_LEAVES);
	/** The leaves that are labels, in order. */
	const labelLeaves: number[] = [];
	const boxes: Box[] = [];
	const walk = (list: readonly Block[], parent: number): number => {
		let chars = 0;
		for (const b of list) {
			if (b.kind === 'paragraph' || b.kind === 'heading') {
				const text = collapsedText(b);
				// A drop-down's line (its prompt and options) is one of the form's fields (selectLines.ts).
				if (isFieldLabel(text) || isSelectLine(text)) labelLeaves.push(leafBlocks.length);
				leafBox = setInt32(leafBox, leafBlocks.length, parent);
				leafBlocks.push(b);
				chars += text.length;
			} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
				const at = boxes.length;
				const box: Box = { block: b, parent, first: leafBlocks.length, end: leafBlocks.length, chars: 0 };
				boxes.push(box);
				box.chars = walk(b.children, at);
				box.end = leafBlocks.length;
				chars += box.chars;
			} else if (b.kind === 'list') {
				for (const it of b.items) chars += walk(it.children, parent);
			}
		}
		return chars;
	};
	const total = walk(blocks, -1);
	if (labelLeaves.length < MIN_FORM_FIELDS) return [...blocks];
	// Runs of labels at most MAX_FIELD_GAP lines apart.
	const runs: [number, number][] = [];
	let start = -1;
	let last = -1;
	let count = 0;
	for (const i of labelLeaves) {
		if (start >= 0 && i - last - 1 <= MAX_FIELD_GAP) {
			last = i;
			count++;
			continue;
		}
		if (count >= MIN_FORM_FIELDS) runs.push([start, last]);
		start = i;
		last = i;
		count = 1;
	}
	if (count >= MIN_FORM_FIELDS) runs.push([start, last]);
	if (runs.length === 0) return [...blocks];
	const drop = new Set<Block>();
	for (const [a, z] of runs) {
		// The innermost container of the first label, widened until it holds the last.
		let at = leafBox[a];
		while (at >= 0 && boxes[at].end <= z) at = boxes[at].parent;
		const box = at >= 0 ? boxes[at] : undefined;
		if (box && box.chars < total * MAX_FORM_SHARE) drop.add(box.block);
		else for (let i = a; i <= z; i++) drop.add(leafBlocks[i]);
	}
	return filterBlockTree(blocks, (b) => {
		if (!drop.has(b)) return true;
		removed.push({ range: b.range, step: 'form-fields', signal: collapsedText(b).slice(0, 60) });
		return false;
	});
}

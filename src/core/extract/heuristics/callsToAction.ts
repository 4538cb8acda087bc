// Calls to action: a line that is only a button's label ("Learn more", "Get started", "Skip to content") is not content.
import type { Block, Inline } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapse, collapsedText, inlineText } from '../inlineText';
import { withChildren } from '../../model/divNodes';

/**
 * Button labels of landing pages, linked or not. The annotators of service pages never count them (the commonest
 * short extra lines of service pages in the tuning part of wcxb-dev: "Learn more" on 15 pages, "Contact us" on 11,
 * "Skip to main content" on 10, "Get started" on 6, "Read more" on 5).
 */
export const CALL_TO_ACTION_RE =
	/^(?:learn more|read more|find out more|discover more|see more|more info(?:rmation)?|contact us|contact sales|talk to (?:sales|us|an expert)|get (?:started|in touch|a quote|a demo)|(?:book|request|schedule|watch) a demo|start (?:your )?free trial|try (?:it )?(?:for )?free|sign up|sign in|log ?in|register|subscribe|skip to (?:main )?content|skip to (?:main )?navigation|see all|view all|explore(?: all)?|shop now|download(?: now)?|apply now|join (?:us|now)|previous|next|back)(?:\s*[→›»>]+)?[.!]?$/i;
/** Lines longer than this are sentences. */
export const MAX_CALL_TO_ACTION_CHARS = 30;

/**
 * A row of buttons: a paragraph that is only links (at most `MAX_BUTTONS`, nothing but separators between them),
 * each a few words opening with an imperative ("Get Loom for free", "Talk to a specialist", "Book your free demo",
 * "See case studies"). Landing pages put one under every section. Studied on the tuning part of wcxb-dev's service
 * pages: of such rows, 142 are not in the annotated text and 60 are (short "View" and "Read the story" links).
 */
export const BUTTON_VERB_RE =
	/^(?:get|start|try|book|request|schedule|see|view|explore|discover|learn|read|watch|download|contact|talk|speak|sign|log|join|open|compare|browse|find|shop|buy|order|apply|subscribe|register|call|email|hear|take|meet|claim|enroll|chat|visit|check|go|let's|show|more)\b/i;
export const MAX_BUTTONS = 3;
export const MAX_BUTTON_WORDS = 6;

/** Collects the texts of a paragraph's links; false when anything but links and separators is in it. */
function onlyLinkTexts(inlines: readonly Inline[], out: string[]): boolean {
	for (const x of inlines) {
		if (x.kind === 'link') {
			// A phone number or an address to write to is information, whatever its label says.
			if (/^(?:tel|mailto|sms):/i.test(x.href)) return false;
			out.push(collapse(inlineText(x.children)));
		}
		else if (x.kind === 'emphasis' || x.kind === 'span') {
			if (!onlyLinkTexts(x.children, out)) return false;
		} else if (x.kind === 'text') {
			if (/[\p{L}\p{N}]/u.test(x.value)) return false;
		} else if (x.kind !== 'softbreak' && x.kind !== 'break' && x.kind !== 'image') return false;
	}
	return true;
}

/** Whether a paragraph is a row of buttons (see `BUTTON_VERB_RE`). */
export function isButtonRow(inlines: readonly Inline[]): boolean {
	const texts: string[] = [];
	if (!onlyLinkTexts(inlines, texts)) return false;
	const labels = texts.filter((t) => t.length > 0);
	if (labels.length === 0 || labels.length > MAX_BUTTONS) return false;
	return labels.every((t) => t.split(' ').length <= MAX_BUTTON_WORDS && BUTTON_VERB_RE.test(t));
}

/** Drops paragraphs that are only a call to action, at any depth of the kept blocks. */
export function dropCallsToAction(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'paragraph') {
			const text = collapsedText(b);
			if (text.length > 0 && text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION_RE.test(text)) {
				removed.push({ range: b.range, step: 'call-to-action', signal: text });
				continue;
			}
			if (isButtonRow(b.content)) {
				removed.push({ range: b.range, step: 'call-to-action', signal: `buttons: ${text}` });
				continue;
			}
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropCallsToAction(b.children, removed);
			// The same blocks, not the same number: a button dropped deeper down changes a child, not their count.
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		out.push(b);
	}
	return out;
}

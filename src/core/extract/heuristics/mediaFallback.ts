// Media fallback text: what a page writes inside <video>, <audio> or <iframe> for browsers that cannot play it is never content.
import type { Block } from '../../model/dumpDocument';
import { collapsedText } from '../inlineText';

/**
 * The fallback sentence of a media element: "Your browser does not support the video tag.", "Sorry, your browser
 * doesn't support embedded videos.", "Your browser does not support HTML5 video/audio/iframes". Pandoc keeps it as a
 * paragraph (or a list item per slide of a video carousel) where the player was. Anchored on both ends: a sentence
 * about browsers in an article's prose is longer than the fallback alone. Tuning part of wcxb-dev: a service page
 * whose carousel wrote it ten times, read as a listing of them, 0.429 -> 0.644; two more service pages up 0.001-0.003
 * (one of half B), a collection 0.509 -> 0.511; no page down.
 */
const MEDIA_FALLBACK_RE =
	/^(?:sorry,?\s+)?(?:your|this)\s+browser\s+(?:does\s*not|doesn't|doesn’t|cannot|can't|can’t)\s+(?:support|play)\s+(?:the\s+|this\s+|embedded\s+|html5?\s+)*(?:<?\s*)?(?:video|audio|iframe|media)s?(?:\s*>)?(?:\s+(?:tag|element|file|player|format)s?)?\s*[.!]?$/i;

/** Whether a paragraph's text is only a media element's fallback sentence. */
export function isMediaFallback(b: Block): boolean {
	if (b.kind !== 'paragraph') return false;
	const text = collapsedText(b);
	return text.length > 0 && text.length < 120 && MEDIA_FALLBACK_RE.test(text);
}

/** Whether every item of a list is only a media fallback sentence (a video carousel's slides, each with its player). */
export function isMediaFallbackList(b: Block): boolean {
	if (b.kind !== 'list' || b.items.length === 0) return false;
	return b.items.every((it) => {
		const kids = it.children.filter((c) => c.kind !== 'spacer');
		return kids.length === 1 && isMediaFallback(kids[0]);
	});
}

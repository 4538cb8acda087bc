// Step 5 of metadata reading: the page's language — the encoded HTML's lang, lang attributes around the title or article, else a guess.
import type { AttributeParts } from '../../model/linkNodes';
import { attrValue } from '../inlineText';
import { GUESS_SAMPLE_CHARS, guessLanguage } from './languageGuess';
import { SURE_SCORE, type Candidate, type MetadataScan, type MNode, type Witness } from './scan';

/** A language guessed from common words is only a guess. */
const GUESSED_LANGUAGE_CONFIDENCE = 0.3;

/** A BCP 47 language tag from an element's lang attribute, with `_` written as `-`. */
function langOf(attrs: AttributeParts | undefined): string | undefined {
	const lang = attrValue(attrs, 'lang') ?? attrValue(attrs, 'xml:lang');
	return lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/_/g, '-') : undefined;
}

export function languageCandidates(s: MetadataScan, encoded: Witness | undefined): Candidate<string>[] {
	const out: Candidate<string>[] = [];
	if (encoded) out.push({ value: encoded.value, source: encoded.source, rule: encoded.rule, score: 80 });
	// A lang attribute on a container of the title or of the article.
	const r = s.context.region;
	const regionNode = r ? s.nodes.find((n) => n.block && n.start === r.start && n.end === r.end) : undefined;
	for (const inside of [s.titleNode, regionNode]) {
		for (let p = inside; p; p = p.parent) {
			const lang = langOf(p.attrParts);
			if (lang) {
				out.push({ value: lang, source: p.attrs?.range ?? p.range, rule: 'attr:lang', score: 60 });
				break;
			}
		}
	}
	// Else the largest container with a lang attribute that holds the title or lies in the article (not a language menu's items).
	if (out.length === 0 || (out.length === 1 && encoded)) {
		const a = s.anchor();
		let top: MNode | undefined;
		for (let i = 0; i < s.nodes.length; i++) {
			// Blocks only: a span, link or image (by the scan's column of kinds, `nodeKinds.ts`) is skipped without being read.
			const kind = s.kindAt(i);
			if (kind === 'span' || kind === 'link' || kind === 'image') continue;
			const n = s.nodes[i];
			if (!n.block || !langOf(n.attrParts)) continue;
			const holds = (a !== undefined && n.start <= a && n.end > a) || (r !== undefined && n.start >= r.start && n.end <= r.end);
			if (holds && (!top || n.end - n.start > top.end - top.start)) top = n;
		}
		const lang = top ? langOf(top.attrParts) : undefined;
		if (top && lang) out.push({ value: lang, source: top.attrs?.range ?? top.range, rule: 'attr:lang-container', score: 45 });
	}
	if (out.length === 0) {
		const guess = guessLanguage(s.regionTextStart(GUESS_SAMPLE_CHARS));
		if (guess) out.push({ value: guess, rule: 'guess:common-words', score: GUESSED_LANGUAGE_CONFIDENCE * SURE_SCORE });
	}
	return out;
}


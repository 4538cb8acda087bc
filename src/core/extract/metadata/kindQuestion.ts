// Whether the page kind a metadata read sees is one given kind: asked as a question, so that a read shared between kinds knows which answers it relied on.
import type { ArticleContext } from './scan';

/**
 * A context that answers kind questions itself (metadata.ts `KindSwitch`): it records each question its shared steps
 * ask and the answer, and a later read of another kind reuses those steps when every answer is the same for it.
 */
export interface KindQuestions {
	isKind(kind: string): boolean;
}

/**
 * Whether the read's page kind is `kind`. A rule that needs only this (the product title's variant, a forum's poster
 * box) asks it here rather than reading `pageKind`: reading the kind itself ties the shared steps to that one kind.
 * Issue 13: after the kind stage's date-only read (kinds/datedArticle.ts) the title's variant rule read the kind on
 * nearly every page, so the final read of a listing, collection, service or documentation page over the same region
 * chose its title, language and author candidates a second time: second shared reads over every 4th wcxb-dev dump
 * 58 -> 9 of 328 pages; extraction CPU 0.963x in an A/B in one process (same-code control 1.010x); the bench's corpus
 * extract stage 2,084 and 2,059 ms -> 1,890 and 1,891 ms (runs in turns, load 11-15).
 */
export function isPageKind(context: ArticleContext, kind: string): boolean {
	const q = context as Partial<KindQuestions>;
	return typeof q.isKind === 'function' ? q.isKind(kind) : context.pageKind === kind;
}

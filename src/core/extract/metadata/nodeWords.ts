// The words of a node's attribute block for the metadata scan: `attrWords` and the pairs the metadata vocabularies read, in one pass over the pairs.
import type { AttributeParts } from '../../model/linkNodes';
import { withCamelParts } from './camelWords';
import { testIdWords } from './testIdWords';

/**
 * The words of a node for vocabulary matching, lower-cased and trimmed: its id and classes, the values of role,
 * itemprop, property, data-component and component (what `attrWords` in inlineText.ts joins), the hyphenated form of
 * its camel-case classes (`camelWords.ts`), then rel, itemtype (its last path part), hook and a byline's or date's
 * test id (`testIdWords.ts`).
 *
 * Why not `attrWords`: the scan reads the block of every span, link and image, which nothing else reads, so
 * `attrWords`' cache (a WeakMap entry per block) was a write never read again, and its five look-ups and the three
 * here each scanned the pairs. Every key is matched as `attrValue` matches it (the first pair of a key, keys
 * compared lower-cased), so the words are the same string. In a CPU profile of every fourth wcxb-dev dump, the
 * scan's `nodeWords` (with `attrWords` and `withCamelParts`) was 1.2 s of the metadata read's 18 s.
 */
export function nodeWords(attrs: AttributeParts | undefined): string {
	if (!attrs) return '';
	const pairs = attrs.pairs;
	let role: string | undefined;
	let itemprop: string | undefined;
	let property: string | undefined;
	let dataComponent: string | undefined;
	let component: string | undefined;
	let rel: string | undefined;
	let itemtype: string | undefined;
	let hook: string | undefined;
	let testId: string | undefined;
	for (let i = 0; i < pairs.length; i++) {
		const value = pairs[i][1];
		// The first pair of a key wins, as in `attrValue`.
		switch (pairs[i][0].toLowerCase()) {
			case 'role':
				role ??= value;
				break;
			case 'itemprop':
				itemprop ??= value;
				break;
			case 'property':
				property ??= value;
				break;
			case 'data-component':
				dataComponent ??= value;
				break;
			case 'component':
				component ??= value;
				break;
			case 'rel':
				rel ??= value;
				break;
			case 'itemtype':
				itemtype ??= value;
				break;
			case 'hook':
				hook ??= value;
				break;
			case 'testid':
			case 'qa':
				testId ??= value;
				break;
			default:
				break;
		}
	}
	// `attrWords`: the id, the classes and the five values that are not empty, joined by spaces.
	let words = attrs.id ? attrs.id : '';
	let first = words === '';
	// Indexed, not for-of: unoptimized code allocates an iterator result per item (issue 13).
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) {
		const c = classes[i];
		words = first ? c : `${words} ${c}`;
		first = false;
	}
	if (role) {
		words = first ? role : `${words} ${role}`;
		first = false;
	}
	if (itemprop) {
		words = first ? itemprop : `${words} ${itemprop}`;
		first = false;
	}
	if (property) {
		words = first ? property : `${words} ${property}`;
		first = false;
	}
	if (dataComponent) {
		words = first ? dataComponent : `${words} ${dataComponent}`;
		first = false;
	}
	if (component) words = first ? component : `${words} ${component}`;
	words = withCamelParts(words, attrs.classes);
	if (pairs.length === 0) return words.toLowerCase().trim();
	// The three that are not empty, joined by spaces after the words (an itemtype's last part may be empty, and counts).
	let extra = rel ? rel : undefined;
	if (itemtype) {
		const last = itemtype.replace(/^.*\//, '');
		extra = extra === undefined ? last : `${extra} ${last}`;
	}
	if (hook) extra = extra === undefined ? hook : `${extra} ${hook}`;
	// A React test id that names a byline or a date (`testIdWords.ts`).
	const fromTestId = testIdWords(testId);
	if (fromTestId) extra = extra === undefined ? fromTestId : `${extra} ${fromTestId}`;
	return `${words} ${extra ?? ''}`.toLowerCase().trim();
}

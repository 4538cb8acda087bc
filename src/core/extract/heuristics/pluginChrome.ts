// Plugin chrome: containers and links inside the article named by a publishing plugin's widget word (data/pluginChrome.ts).
import type { Block } from '../../model/dumpDocument';
import type { AttributeParts } from '../../model/linkNodes';
import { PLUGIN_CHROME } from '../data/pluginChrome';
import { spansNamedBy } from './innerChrome';

/**
 * Why: author boxes, tables of contents, "jump to recipe" links, sign-up forms and rating boxes that WordPress
 * plugins and blog themes put inside the post's container carry the plugin's own class (`saboxplugin-wrap`,
 * `ez-toc-container`, `wprm-recipe-jump`), which none of the general chrome words matches; they were kept as the
 * article's text. Each word is the widget's name in the plugin's public template, so it never names a body.
 * Measured on the wcxb-dev tuning part: see the report of session 35 (art40) and the unit test.
 */
const WORDS_RE = new RegExp(`^(?:${PLUGIN_CHROME.flatMap((p) => p.words.map(escapeRegExp)).join('|')})$`, 'i');

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A widget holds a box of text, not a post: a container with more text than this is kept whatever its name (a theme
 * that wraps a short post in a plugin's container must not lose it). The longest widget of the list, a table of
 * contents of a long guide, stays under it; as innerChrome.ts `INNER_CHROME_MAX_CHARS`.
 */
export const PLUGIN_CHROME_MAX_CHARS = 1500;

/** The first class or id of a node that names a plugin's in-body widget, if any. */
export function pluginChromeToken(attrs: AttributeParts | undefined): string | undefined {
	if (!attrs) return undefined;
	if (attrs.id && isPluginWord(attrs.id)) return attrs.id;
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) if (isPluginWord(classes[i])) return classes[i];
	return undefined;
}

function isPluginWord(name: string): boolean {
	return WORDS_RE.test(name);
}

/**
 * Whether a paragraph's text is mostly inside links or spans named as a plugin's widget (`[Jump to Recipe](#recipe){.wprm-recipe-jump}`):
 * the class of the signal, or undefined.
 */
export function pluginChromeSpans(b: Block): string | undefined {
	return spansNamedBy(b, pluginChromeToken);
}

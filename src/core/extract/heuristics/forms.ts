// Forms: a sign-up, contact or demo-request form (its field labels, options and consent lines) is never a page's content.
import type { Block } from '../../model/dumpDocument';
import { divAttrParts } from '../../model/divNodes';
import type { BlockIndex } from '../blockIndex';

/**
 * One class or id word that names a form or a form's part, as the form builders write them (Gravity Forms `gform_*`,
 * WPForms, Contact Form 7, HubSpot `hs-form`, Marketo `mktoForm`, Forminator, Webflow `w-form`, Bootstrap
 * `form-group`, Drupal `form-item`). Pandoc drops the `<form>` element itself, but keeps its wrappers' names and prints
 * every label, option and country name as text ("First name: *", "Select your country... Afghanistan Albania ...").
 * Not `transform`, `information` or `text-formatted`: the word is `form`, `forms`, or has a separator after it.
 */
export const FORM_TOKEN_RE =
	/^(?:forms?|forms?[-_]\S+|\S+[-_]forms?|\S+[-_]forms?[-_]\S+|gform\S*|wpforms\S*|wpcf7\S*|hs-form\S*|hbspt-form\S*|mktoform\S*|forminator\S*|\S*formfield\S*)$/i;
/**
 * A container named like a form but holding this share of the page's text or more is a page wrapper that some
 * platform named after its `<form>` (ASP.NET wraps the whole page in one), not a form.
 */
export const MAX_FORM_PAGE_SHARE = 0.3;

/**
 * What every word `FORM_TOKEN_RE` matches holds ("form", or Contact Form 7's "wpcf7"): a pre-test. The anchored
 * pattern with its `\S+` runs was tried at every container's every class word (0.3% of the extraction's CPU over
 * the wcxb-dev tuning dumps, issue 13); few words pass this. Keep it in step with `FORM_TOKEN_RE`.
 */
const FORM_TOKEN_NEED_RE = /form|wpcf7/i;

function isFormToken(word: string): boolean {
	return FORM_TOKEN_NEED_RE.test(word) && FORM_TOKEN_RE.test(word);
}

/** Whether a container's class or id names a form. */
export function isFormContainer(attrs: { readonly id?: string; readonly classes: readonly string[] }): boolean {
	if (attrs.id && isFormToken(attrs.id)) return true;
	const classes = attrs.classes;
	for (let i = 0; i < classes.length; i++) if (isFormToken(classes[i])) return true;
	return false;
}

/** Marks every form of the page as pruned (for the whole-page strategies, which prune chrome by name). */
export function pruneForms(index: BlockIndex, pruned: Map<Block, string>): void {
	const pageChars = index.rootStats.chars;
	for (const c of index.containers) {
		if (pruned.has(c) || !isFormContainer(divAttrParts(c))) continue;
		if (index.charsOf(c) < pageChars * MAX_FORM_PAGE_SHARE) pruned.set(c, 'form');
	}
}

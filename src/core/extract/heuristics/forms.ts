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

/** Whether a container's class or id names a form. */
export function isFormContainer(attrs: { readonly id?: string; readonly classes: readonly string[] }): boolean {
	if (attrs.id && FORM_TOKEN_RE.test(attrs.id)) return true;
	return attrs.classes.some((c) => FORM_TOKEN_RE.test(c));
}

/** Marks every form of the page as pruned (for the whole-page strategies, which prune chrome by name). */
export function pruneForms(index: BlockIndex, pruned: Map<Block, string>): void {
	const pageChars = index.rootStats.chars;
	for (const c of index.containers) {
		if (pruned.has(c) || !isFormContainer(divAttrParts(c))) continue;
		if (index.charsOf(c) < pageChars * MAX_FORM_PAGE_SHARE) pruned.set(c, 'form');
	}
}

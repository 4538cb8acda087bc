// ARIA panels: a hidden container marked up as an accordion's or a tab's panel (role="tabpanel", or labelled by its trigger) is content the reader opens.
import type { AttributeParts } from '../../model/linkNodes';
import { attrValue, attrWords } from '../inlineText';

/**
 * Accordions and tab sets built to the ARIA authoring pattern name their panels by what they are, not by their
 * classes: `role="tabpanel"` or `role="region"`, and `aria-labelledby` pointing at the button or heading that opens
 * them (`item-0-heading`, `data-…-trigger`, `tabs-…-tab-1`). Script-built pages give such panels hashed class names
 * (`css-fpaQZr`, none at all), so `DISCLOSURE_PANEL_RE` (disclosurePanels.ts) misses them. Studied on the tuning part
 * of wcxb-dev's service pages (outermost hidden containers with `aria-labelledby`): FAQ and feature panels of this
 * shape hold 3,560 words of which 3,400 are in the annotated text (0117, 0242, 0374, 0693, 0708, 4287); the hidden
 * containers that are not content were modals (`role="dialog"`, `.modal`), a mega-menu's panels (Radix
 * `navigation-menu`), a footer's accordion and a listing's tab panels (0702, read as a listing, not a service page).
 */
export const PANEL_ROLE_RE = /^(?:tabpanel|region)$/i;
/** The id an accordion panel is labelled by: its trigger, its heading, its tab or its button. */
export const PANEL_LABEL_RE = /(?:trigger|heading|header|tab|toggle|button|btn|title)(?:[-_:]?\d+)?$/i;
/** Words of hidden containers that are never content, whatever they are labelled by: dialogs, menus, forms and footers. */
export const NOT_PANEL_RE = /modal|dialog|popup|pop-up|overlay|drawer|menu|\bnav|navigation|dropdown|footer|cookie|consent|search|\bforms?\b|\bselect\b/i;

/** Whether hidden container attributes name an accordion's or a tab's panel by the ARIA pattern (see the header). */
export function isAriaPanel(attrs: AttributeParts | undefined): boolean {
	if (!attrs) return false;
	const role = attrValue(attrs, 'role');
	if (role !== undefined && /^(?:dialog|alertdialog|menu|navigation|listbox)$/i.test(role)) return false;
	if (NOT_PANEL_RE.test(attrWords(attrs))) return false;
	if (role !== undefined && PANEL_ROLE_RE.test(role)) return true;
	const label = attrValue(attrs, 'aria-labelledby');
	return label !== undefined && PANEL_LABEL_RE.test(label.trim());
}

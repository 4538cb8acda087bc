// Admonitions: a documentation note, tip or warning box is the page's text even when its one sentence is mostly a link.
import type { AttributeParts } from '../../model/linkNodes';
import { divAttrParts } from '../../model/divNodes';
import { type Container, isContainer, linkDensity, type Stats } from '../blockIndex';

/**
 * The class names documentation generators give their note boxes: Sphinx and MkDocs `admonition note`, Docusaurus
 * `theme-admonition` and `alert--info`, Microsoft Learn `NOTE` / `TIP` / `IMPORTANT`, GitBook and Bootstrap `callout`,
 * `alert`, `hint`. Annotators count notes as the page's text, but a short note that points to another page ("To
 * install on WSL, follow the instructions on the Linux tab") is link-dense enough for Readability's conditional
 * cleaning to drop it.
 * Measured on the tuning part of wcxb-dev: documentation F1 0.926 → 0.926 (half A 0.9744 → 0.9746, half B 0.8989 →
 * 0.8990); it fires on 5 pages of 4 sites (Microsoft Learn, Docusaurus, Kubernetes, Django): 4 gain (+0.004 to +0.007),
 * one Django page loses 0.011 (its other page gains 0.007); other kinds unchanged; Readability corpus 0.947, seeds 53/53.
 */
const ADMONITION_CLASS_RE = /^(?:admonition|callout|alert|hint|note|tip|warning|caution|important|attention|danger)(?:[-_]{1,2}[a-z]+)?$|admonition/i;
/** A box that is mostly links is a link box named like a note ("alert" bars of related links): dropped as before. */
export const MAX_ADMONITION_LINK_DENSITY = 0.5;

/** Whether a container's classes name it a note, tip or warning box. */
export function isAdmonition(attrs: AttributeParts): boolean {
	return attrs.classes.some((c) => ADMONITION_CLASS_RE.test(c));
}

/** Whether a container is an admonition, or a wrapper (a tab's zone) around one admonition and nothing else. */
function holdsAdmonition(c: Container): boolean {
	if (isAdmonition(divAttrParts(c))) return true;
	const kids = c.children.filter((k) => k.kind !== 'spacer');
	return kids.length === 1 && isContainer(kids[0]) && isAdmonition(divAttrParts(kids[0]));
}

/** Whether a conditional-clean verdict for link density should spare this container: an admonition with some prose. */
export function sparesAdmonition(c: Container, stats: Stats, why: string): boolean {
	return why.startsWith('link density') && linkDensity(stats) < MAX_ADMONITION_LINK_DENSITY && holdsAdmonition(c);
}

// PD108: a link with no text (often an icon whose image pandoc dropped) has no accessible name and nothing to click.
import type { Inline } from '../../model/dumpDocument';
import { attributeValue } from '../../dump/attributes';
import { removeLinkRef } from '../fixes';
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { trackingReason } from '../../vocab/tracking';

/** Whether inlines show anything: text, code, or an image with alt text. */
function hasVisibleText(inlines: readonly Inline[]): boolean {
	for (const n of inlines) {
		switch (n.kind) {
			case 'text':
			case 'code':
				if (n.value.trim() !== '') return true;
				break;
			case 'emphasis':
			case 'span':
				if (hasVisibleText(n.children)) return true;
				break;
			case 'image':
				if (hasVisibleText(n.alt)) return true;
				break;
			default:
				break;
		}
	}
	return false;
}

export const emptyLinkText: Rule = {
	code: 'PD108',
	name: 'empty-link-text',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link has no text (and no title or aria-label to name it).',
	fixable: true,
	check(ctx, report) {
		for (const ref of ctx.links) {
			const node = ref.node;
			if (node.kind !== 'link' || node.form === 'autolink') continue;
			if (hasVisibleText(node.children)) continue;
			// A link around a tracking pixel is PD110's: its fix removes both.
			if (node.children.some((c) => c.kind === 'image' && trackingReason(c.src, c.attrs))) continue;
			if (node.title?.trim() || attributeValue(node.attrs, 'aria-label')?.trim() || attributeValue(node.attrs, 'title')?.trim()) continue;
			// An image without alt inside is a real loss to fix by hand (PD109); only truly empty links are removed.
			const empty = node.children.every((c) => (c.kind === 'text' && c.value.trim() === '') || c.kind === 'softbreak');
			report({
				message: `Link to "${shorten(node.href, 60)}" has no text.`,
				range: node.range,
				fix: empty ? { title: 'Remove the empty link', edits: [removeLinkRef(ctx.doc.text, ref)] } : undefined,
			});
		}
	},
};

// PD102: `javascript:`, `vbscript:` and non-image `data:` targets run code when followed; dumps are untrusted input.
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { unsafeReason } from '../urls';

export const unsafeLinkTarget: Rule = {
	code: 'PD102',
	name: 'unsafe-link-target',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link or image target uses javascript:, vbscript: or a non-image data: URL.',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			const image = node.kind === 'image';
			const href = image ? node.src : node.href;
			const reason = unsafeReason(href, image);
			if (!reason) continue;
			const range = image ? node.srcRange : node.hrefRange;
			report({ message: `Unsafe ${image ? 'image source' : 'link target'} "${shorten(href, 60)}": ${reason}.`, range });
		}
	},
};

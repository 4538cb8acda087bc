// PD303: a closing `:::` or `</div>` with nothing open: left over from a cut or a conversion, it closes the wrong div.
import { deleteLines } from '../fixes';
import type { Rule } from '../rule';

const KINDS = new Set(['stray-fence', 'stray-html-div-close']);

export const strayFence: Rule = {
	code: 'PD303',
	name: 'stray-fence',
	category: 'fidelity',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A closing fence (:::) or </div> has no open div. Checked on the whole page.',
	fixable: true,
	check(ctx, report) {
		for (const p of ctx.doc.problems) {
			if (!KINDS.has(p.kind)) continue;
			const lines = deleteLines(ctx.doc.text, p.range);
			report({ message: p.message, range: p.range, fix: lines ? { title: 'Remove the stray closing fence', edits: [lines] } : undefined });
		}
	},
};

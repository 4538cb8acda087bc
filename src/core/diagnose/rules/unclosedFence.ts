// PD302: a fenced div, HTML div, code block or attribute block never closed swallows the rest of its container.
import type { Rule } from '../rule';

const KINDS = new Set(['unclosed-fence', 'unclosed-html-div', 'unclosed-code', 'unclosed-attributes']);

export const unclosedFence: Rule = {
	code: 'PD302',
	name: 'unclosed-fence',
	category: 'fidelity',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A fenced div (:::), <div>, code fence or attribute block is never closed. Checked on the whole page: a broken fence anywhere moves every block after it.',
	fixable: false,
	check(ctx, report) {
		for (const p of ctx.doc.problems) if (KINDS.has(p.kind)) report({ message: p.message, range: p.range });
	},
};

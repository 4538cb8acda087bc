// The review feature: config files, review state, the Page Dumps view and its index, the review commands, site rules
// from the preview, and the report. One entry for extension.ts.
import * as vscode from 'vscode';
import { ConfigStore } from './configStore';
import { DumpsView } from './dumpsView';
import { ReportPanel } from './reportPanel';
import { ReviewCommands } from './reviewCommands';
import { ReviewStore } from './reviewStore';
import { SiteRuleCorrections } from './siteRuleCorrections';

export class ReviewFeature {
	/** `onConfigChange`: called when config files change, so diagnostics re-check with the new values. */
	static register(context: vscode.ExtensionContext, onConfigChange: () => void): vscode.Disposable {
		const configs = ConfigStore.register();
		const store = new ReviewStore();
		const view = new DumpsView(context, store, configs);
		const disposable = vscode.Disposable.from(
			configs,
			configs.onDidChange(onConfigChange),
			store,
			view,
			// The index the selector check reads; started here when the view was never shown, for the next rule.
			SiteRuleCorrections.register(configs, (host, except) => (void view.ensureStarted(), view.siteDumps(host, except))),
			ReviewCommands.register(view, store),
			ReportPanel.register(view),
		);
		if (view.view.visible) void view.ensureStarted();
		return disposable;
	}
}

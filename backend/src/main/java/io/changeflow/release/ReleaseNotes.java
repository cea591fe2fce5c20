package io.changeflow.release;

import io.changeflow.change.ChangeView;
import java.util.List;

/**
 * Release notes drafted from what the bundled changes say about themselves; the release
 * engineer edits them afterwards.
 */
final class ReleaseNotes {

	private ReleaseNotes() {
	}

	static String generate(ReleasePlan plan, List<ChangeView> changes) {
		StringBuilder notes = new StringBuilder();
		notes.append(plan.name()).append('\n');
		notes.append(plan.type())
			.append(" release, planned ")
			.append(plan.plannedStart())
			.append(" to ")
			.append(plan.plannedEnd())
			.append("\n\n");
		if (changes.isEmpty()) {
			notes.append("No changes bundled yet.\n");
		}
		for (ChangeView change : changes) {
			notes.append("- ").append(change.key()).append(": ").append(change.title()).append('\n');
			notes.append("  ").append(change.description().strip().replace("\n", "\n  ")).append('\n');
		}
		notes.append("\nBackout: ").append(plan.backoutPlan()).append('\n');
		return notes.toString();
	}

}

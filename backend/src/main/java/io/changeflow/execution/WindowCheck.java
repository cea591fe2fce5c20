package io.changeflow.execution;

import org.springframework.lang.Nullable;

import java.util.List;

/**
 * What the windows say about rolling out now.
 *
 * @param state where the change or release stands
 * @param refusals why now is no time to roll out (outside an approved window, inside a
 * blackout), each a sentence; empty when now is fine
 * @param override the change manager's override that lets it roll out anyway, as a
 * sentence naming who and why; or null
 */
public record WindowCheck(@Nullable String state, List<String> refusals, @Nullable String override) {

	/** Now is fine, or a change manager said it is. */
	public boolean allowed() {
		return this.refusals.isEmpty() || this.override != null;
	}

}

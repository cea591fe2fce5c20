package io.changeflow.execution;

import org.springframework.lang.Nullable;

import java.util.List;

/**
 * A pipeline's answer to "may this release roll out now?".
 *
 * @param releaseKey the release
 * @param state where it stands
 * @param allowed every change it bundles is inside its approved window and no blackout
 * window is in force, or a change manager recorded an override for it
 * @param refusals what stands against rolling it out now, each a sentence; empty when
 * nothing does
 * @param override the change manager's override that allows it anyway, or null
 * @param reason why it is or is not allowed, in words
 */
public record ReleaseGateView(String releaseKey, @Nullable String state, boolean allowed, List<String> refusals,
		@Nullable String override, String reason) {

}

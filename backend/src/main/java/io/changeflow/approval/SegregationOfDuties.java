package io.changeflow.approval;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Nobody approves or reviews a change they requested, and nobody votes on a change they
 * will implement. A rule, not a setting: the server enforces it for every path (inbox,
 * API, email).
 */
@Component
public class SegregationOfDuties {

	/**
	 * Why a person may not do a duty on a change, or empty when they may.
	 * @param duty what they would do
	 * @param user who would do it
	 * @param changeKey the change
	 * @param requester who requested it
	 * @param implementer who implements it (may be null)
	 * @return the reason for a refusal, to show to the person
	 */
	public Optional<String> refusal(Duty duty, String user, String changeKey, String requester, String implementer) {
		if (duty == Duty.OTHER) {
			return Optional.empty();
		}
		if (Objects.equals(user, requester)) {
			return Optional.of("You requested %s: you cannot %s it".formatted(changeKey,
					(duty == Duty.APPROVE) ? "approve" : "review"));
		}
		if (duty == Duty.APPROVE && Objects.equals(user, implementer)) {
			return Optional.of("You implement %s: you cannot vote on it".formatted(changeKey));
		}
		return Optional.empty();
	}

}

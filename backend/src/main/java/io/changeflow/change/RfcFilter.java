package io.changeflow.change;

import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.cmdb.ImpactView;
import io.changeflow.cmdb.Criticality;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The first look at a submitted RFC: a duplicate of an open change is rejected, plans
 * that say nothing send it back to the requester, everything else passes with the facts
 * classification needs (how critical the touched CIs are, their types and owners, how
 * soon the window starts).
 */
@Component
class RfcFilter {

	private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\s*(n/?a|tbd|todo|none|-+|\\.+|\\?+)\\s*");

	private static final int MEANINGFUL_LENGTH = 15;

	private final ChangeQueries changes;

	private final CmdbService cmdb;

	private final Clock clock = Clock.systemUTC();

	RfcFilter(ChangeQueries changes, CmdbService cmdb) {
		this.changes = changes;
		this.cmdb = cmdb;
	}

	Result filter(String changeKey) {
		var duplicate = this.changes.openDuplicateOf(changeKey);
		if (duplicate.isPresent()) {
			return Result.rejected("Duplicate of " + duplicate.get() + ", which is still open");
		}
		ChangeView change = this.changes.get(changeKey);
		String missing = missing(change);
		if (missing != null) {
			return Result.needsInformation(missing);
		}
		Map<String, Object> facts = facts(change);
		facts.put("filterOutcome", "passed");
		facts.put("reviewDecision", null);
		return new Result(facts);
	}

	/**
	 * What classification and the CAB policy need to know about the touched CIs and the
	 * window.
	 */
	Map<String, Object> facts(ChangeView change) {
		List<CiView> cis = this.cmdb.find(change.affectedCis());
		String criticality = cis.stream()
			.map(CiView::criticality)
			.max(Comparator.naturalOrder())
			.orElse(Criticality.LOW)
			.name();
		long leadTimeHours = Duration.between(Instant.now(this.clock), change.plannedStart().toInstant()).toHours();
		Map<String, Object> facts = new HashMap<>();
		facts.put("ciCriticality", criticality);
		facts.put("ciTypes", cis.stream().map((ci) -> ci.type().name()).distinct().toList());
		facts.put("ownerGroups", cis.stream().map(CiView::ownerGroup).distinct().toList());
		facts.put("leadTimeHours", leadTimeHours);
		// Risk reflects impact: what the touched CIs reach up to the business services.
		ImpactView impact = this.cmdb.impact(change.affectedCis());
		facts.put("serviceCriticality",
				(impact.highestServiceCriticality() != null) ? impact.highestServiceCriticality().name() : null);
		facts.put("impactedServices", impact.businessServices().stream().map(ImpactView.ImpactedCi::key).toList());
		return facts;
	}

	private static String missing(ChangeView change) {
		Map<String, String> plans = Map.of("implementation plan", change.implementationPlan(), "test plan",
				change.testPlan(), "backout plan", change.backoutPlan(), "justification", change.justification());
		return plans.entrySet()
			.stream()
			.filter((plan) -> plan.getValue() == null || plan.getValue().strip().length() < MEANINGFUL_LENGTH
					|| PLACEHOLDER.matcher(plan.getValue()).matches())
			.map((plan) -> "The " + plan.getKey() + " says too little to assess the change: please describe it.")
			.sorted()
			.findFirst()
			.orElse(null);
	}

	record Result(Map<String, Object> variables) {

		static Result rejected(String reason) {
			return new Result(Map.of("filterOutcome", "rejected", "filterReason", reason));
		}

		static Result needsInformation(String question) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("filterOutcome", "needs_information");
			variables.put("filterReason", question);
			// A question of the filter, not a stale one of an earlier review.
			variables.put("reviewDecision", null);
			return new Result(variables);
		}

	}

}

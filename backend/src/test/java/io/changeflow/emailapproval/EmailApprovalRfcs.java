package io.changeflow.emailapproval;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid RFC touching checkout-api (CI-00003), normal and high risk as the demo CMDB
 * classifies it: three CAB members vote on it.
 */
final class EmailApprovalRfcs {

	private EmailApprovalRfcs() {
	}

	static Map<String, Object> rfc(String title) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(25).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "Upgrade the checkout API to 2.9.0, which fixes the rounding of discounts.");
		body.put("justification", "Customers see wrong totals for 3-for-2 offers.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of("CI-00003"));
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Blue/green deployment of 2.9.0 behind edge-lb.");
		body.put("testPlan", "Smoke tests; place a test order with a 3-for-2 offer.");
		body.put("backoutPlan", "Switch edge-lb back to the green pool running 2.8.3.");
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(2).toString());
		body.put("timeZone", "UTC");
		body.put("emergency", false);
		return body;
	}

}

package io.changeflow.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid RFC bodies for tests to send as they are or to break one field at a time.
 */
public final class Rfcs {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A month ahead, on the hour: far enough for every window a test plans. */
	static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);

	private Rfcs() {
	}

	/** An RFC touching checkout-api (CI-00003) from BASE for two hours. */
	public static Map<String, Object> valid(String title) {
		return window(valid(title, List.of("CI-00003")), 0, 2);
	}

	public static Map<String, Object> valid(String title, List<String> cis) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("description", "Upgrade the checkout API to 2.9.0, which fixes the rounding of discounts.");
		body.put("justification", "Customers see wrong totals for 3-for-2 offers (a < b when they should match).");
		body.put("category", "APPLICATION");
		body.put("affectedCis", cis);
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Blue/green deployment of 2.9.0 behind edge-lb.");
		body.put("testPlan", "Smoke tests; place a test order with a 3-for-2 offer.");
		body.put("backoutPlan", "Switch edge-lb back to the green pool running 2.8.3.");
		body.put("timeZone", "Europe/Berlin");
		body.put("incidentRefs", List.of("INC-1042"));
		body.put("emergency", false);
		body.put("attachments", List.of(Map.of("name", "release-notes.pdf", "size", 48213, "sha256", "a".repeat(64))));
		return window(body, 0, 2);
	}

	/** Plans the window from BASE + startHours to BASE + endHours. */
	public static Map<String, Object> window(Map<String, Object> body, int startHours, int endHours) {
		body.put("plannedStart", BASE.plusHours(startHours).toString());
		body.put("plannedEnd", BASE.plusHours(endHours).toString());
		return body;
	}

	static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

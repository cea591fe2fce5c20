package io.changeflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.change.Rfcs;
import java.util.List;

/**
 * Every write endpoint of the API (each {@code @PostMapping}, {@code @PutMapping} and
 * {@code @DeleteMapping}), with a user allowed to call it and a body that is valid as it
 * is. Path ids name nothing that exists, so even a request that slipped through could not
 * change a stored row; the fuzzer breaks the body, the query or the path.
 */
final class WriteEndpoints {

	static final String CHANGE = "CHG-999999";

	static final String RELEASE = "REL-2099.01-9";

	static final String ID = "7d0f8a52-1b2c-4d3e-9f00-123456789abc";

	private static final ObjectMapper JSON = new ObjectMapper();

	private WriteEndpoints() {
	}

	/**
	 * One endpoint.
	 *
	 * @param user who calls it, or null for an endpoint without a session
	 * @param method the HTTP method
	 * @param path the path, ids included
	 * @param body a valid body, or null when the endpoint reads none
	 */
	record Endpoint(String user, String method, String path, JsonNode body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static List<Endpoint> all() {
		String rfc = write(Rfcs.valid("Fuzzed change"));
		String release = """
				{"name": "Fuzz release", "type": "DELTA", "releaseUnit": ["APPLICATION"], "environments": ["prod"],
				 "plannedStart": "2030-01-01T00:00:00Z", "plannedEnd": "2030-01-02T00:00:00Z",
				 "backoutPlan": "Roll back", "releaseNotes": "Notes", "changeKeys": ["CHG-999999"]}""";
		String model = """
				{"name": "Fuzz model", "description": "A model", "category": "APPLICATION",
				 "implementationPlan": "Deploy", "testPlan": "Test", "backoutPlan": "Roll back",
				 "allowedCiTypes": ["APPLICATION"]}""";
		String hardware = """
				{"name": "Rack 1", "model": "R740", "serialNumber": "SN-1", "location": "DC1",
				 "status": "IN_STOCK", "ciName": "db-1", "notes": "New"}""";
		String artifact = """
				{"name": "app", "version": "1.0", "uri": "https://example.org/app.jar", "size": 1024,
				 "sha256": "%s"}""".formatted("a".repeat(64));
		String decision = "{\"decision\": \"approve\", \"comment\": \"Fine\", \"plannedStart\": \"2030-01-01T00:00:00Z\"}";
		return List.of(endpoint("requester", "POST", "/api/changes", rfc),
				endpoint("requester", "PUT", "/api/changes/" + CHANGE, rfc),
				endpoint("requester", "POST", "/api/changes/" + CHANGE + "/submit", null),
				endpoint("requester", "POST", "/api/changes/" + CHANGE + "/withdraw", "{\"reason\": \"Not needed\"}"),
				endpoint("admin", "POST", "/api/change-models", model),
				endpoint("admin", "PUT", "/api/change-models/" + ID, model),
				endpoint("admin", "POST", "/api/change-models/" + ID + "/deactivate", null),
				endpoint("admin", "POST", "/api/blackout-windows",
						"{\"name\": \"Freeze\", \"startsAt\": \"2030-01-01T00:00:00Z\", \"endsAt\": \"2030-01-02T00:00:00Z\"}"),
				endpoint("admin", "DELETE", "/api/blackout-windows/" + ID, null),
				endpoint("releng", "POST", "/api/releases", release),
				endpoint("releng", "PUT", "/api/releases/" + RELEASE, release),
				endpoint("releng", "POST", "/api/releases/" + RELEASE + "/changes", "{\"changeKey\": \"CHG-999999\"}"),
				endpoint("releng", "DELETE", "/api/releases/" + RELEASE + "/changes/" + CHANGE, null),
				endpoint("releng", "PUT", "/api/releases/" + RELEASE + "/waves",
						"[{\"name\": \"canary\", \"environment\": \"prod\", \"percent\": 10, \"manualGate\": true,"
								+ " \"simulatedFailureRate\": 0.5}]"),
				endpoint("releng", "POST", "/api/releases/" + RELEASE + "/release-notes/generate", null),
				endpoint("releng", "POST", "/api/releases/" + RELEASE + "/artifacts", artifact),
				endpoint("releng", "POST", "/api/releases/" + RELEASE + "/build", null),
				endpoint("releng", "POST", "/api/releases/" + RELEASE + "/back-out", "{\"reason\": \"Broken\"}"),
				endpoint("releng", "POST", "/api/hardware", hardware),
				endpoint("releng", "PUT", "/api/hardware/" + ID, hardware),
				endpoint("releng", "DELETE", "/api/hardware/" + ID, null),
				endpoint("cab1", "POST", "/api/tasks/" + ID + "/complete", decision),
				endpoint("cab1", "POST", "/api/tasks/" + ID + "/claim", null),
				endpoint("cab1", "POST", "/api/tasks/" + ID + "/unclaim", null),
				endpoint("cab1", "POST", "/api/tasks/" + ID + "/delegate?version=1",
						"{\"to\": \"cab2\", \"comment\": \"Please\"}"),
				endpoint("cab1", "POST", "/api/notifications/" + ID + "/read", null),
				endpoint("cab1", "POST", "/api/notifications/read-all", null),
				endpoint(null, "POST", "/api/email-approvals/not-a-token",
						"{\"decision\": \"approve\", \"comment\": \"Ok\"}"),
				endpoint(null, "POST", "/api/executions/" + ID + "/result",
						"{\"executionId\": \"" + ID + "\", \"status\": \"SUCCEEDED\", \"size\": 3}"),
				endpoint(null, "POST", "/api/auth/login",
						"{\"username\": \"admin\", \"password\": \"not-the-password\"}"));
	}

	private static Endpoint endpoint(String user, String method, String path, String body) {
		try {
			return new Endpoint(user, method, path, (body != null) ? JSON.readTree(body) : null);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

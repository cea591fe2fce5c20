package io.changeflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives a running app over its REST API and live event stream, as its people would:
 * requesters file RFCs, the change manager reviews, release engineers release. Waits on
 * the live events (as the web UI does) rather than polling, so the load is the product's
 * own.
 */
final class AppLoad implements AutoCloseable {

	/** Planned windows start here and move an hour per change, so none overlap. */
	private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC)
		.plusDays(30)
		.truncatedTo(ChronoUnit.HOURS);

	private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

	private final int port;

	private final String password;

	private final JdbcTemplate jdbc;

	private final Map<String, ApiSession> sessions = new ConcurrentHashMap<>();

	private final Map<String, BlockingQueue<JsonNode>> mailboxes = new ConcurrentHashMap<>();

	private final AtomicLong windows = new AtomicLong();

	private final String standardModelId;

	private final LiveStream overseer;

	AppLoad(int port, String password, JdbcTemplate jdbc) throws InterruptedException {
		this.port = port;
		this.password = password;
		this.jdbc = jdbc;
		this.standardModelId = jdbc.queryForObject("select id::text from change_model where name = ?", String.class,
				"Restart app server");
		// The auditor sees every change, release and task event: one stream routes them
		// to
		// whichever step waits for that record.
		this.overseer = LiveStream.open(as("auditor"), LiveStream.Listener.of((name, data) -> {
			String key = data.has("changeKey") ? data.path("changeKey").asText() : data.path("key").asText();
			BlockingQueue<JsonNode> mailbox = this.mailboxes.get(key);
			if (mailbox != null) {
				mailbox.add(((com.fasterxml.jackson.databind.node.ObjectNode) data).put("event", name));
			}
		}));
	}

	ApiSession as(String user) {
		return this.sessions.computeIfAbsent(user, (name) -> new ApiSession(this.port).login(name, this.password));
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/** A standard change (the "Restart app server" model), pre-approved. */
	Map<String, Object> standardRfc(String title) {
		Map<String, Object> rfc = rfc(title, "CI-00009");
		rfc.put("changeModelId", this.standardModelId);
		return rfc;
	}

	/** A normal change on checkout-api: it goes to review, then to the CAB. */
	Map<String, Object> normalRfc(String title) {
		return rfc(title, "CI-00003");
	}

	private Map<String, Object> rfc(String title, String ci) {
		OffsetDateTime start = BASE.plusHours(this.windows.incrementAndGet());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("description", "Benchmark change: restart or upgrade a service in its own window.");
		body.put("justification", "Measures Changeflow under load; nothing is deployed anywhere.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of(ci));
		body.put("impact", 3);
		body.put("urgency", 3);
		body.put("implementationPlan", "Rolling restart behind the load balancer.");
		body.put("testPlan", "Health checks green; synthetic order placed.");
		body.put("backoutPlan", "Start the previous instances again.");
		body.put("timeZone", "UTC");
		body.put("incidentRefs", List.of());
		body.put("emergency", false);
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusMinutes(30).toString());
		return body;
	}

	/**
	 * Files a draft as the requester and starts receiving its events; returns its key.
	 */
	String draft(Map<String, Object> rfc) {
		Response created = ok(as("requester").post("/api/changes", rfc), "create RFC");
		String key = created.json().path("key").asText();
		this.mailboxes.put(key, new LinkedBlockingQueue<>());
		return key;
	}

	void submit(String key) {
		ok(as("requester").post("/api/changes/" + key + "/submit", Map.of()), "submit " + key);
	}

	/** Waits for the change (or release) to reach the state; returns when it did. */
	long awaitState(String key, String state) throws InterruptedException {
		return awaitEvent(key,
				(event) -> state.equals(event.path("state").asText()) && !"task".equals(event.path("event").asText()));
	}

	/**
	 * Waits for an event of the record that matches; if none comes for a while, reads the
	 * record and fails when it is stuck.
	 */
	long awaitEvent(String key, java.util.function.Predicate<JsonNode> wanted) throws InterruptedException {
		BlockingQueue<JsonNode> mailbox = this.mailboxes.get(key);
		long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode event = mailbox.poll(1, TimeUnit.SECONDS);
			if (event != null && wanted.test(event)) {
				return System.nanoTime();
			}
		}
		throw new IllegalStateException(
				"No matching event for " + key + " within " + STEP_TIMEOUT + "; " + whereItStands(key));
	}

	/**
	 * One standard change from filing to closed, through a release of its own: the
	 * release engineer creates and builds it, a second release engineer and the change
	 * manager accept it, the manager approves the plan, the release engineer starts the
	 * rollout and says go after the canary. Every person acts when the live event tells
	 * them their task opened.
	 * @return the time from submit to ready for release, in nanoseconds
	 */
	long standardChangeToClosed(String title) throws InterruptedException {
		String key = draft(standardRfc(title));
		long submitted = System.nanoTime();
		submit(key);
		long ready = awaitState(key, "READY_FOR_RELEASE") - submitted;
		ApiSession releng = as("releng");
		Response release = ok(releng.post("/api/releases", release(title, key)), "create release for " + key);
		String releaseKey = release.json().path("key").asText();
		this.mailboxes.put(releaseKey, new LinkedBlockingQueue<>());
		ok(releng.post("/api/releases/" + releaseKey + "/build", Map.of()), "build " + releaseKey);
		Set<String> done = ConcurrentHashMap.newKeySet();
		awaitEvent(releaseKey, (event) -> {
			if ("task".equals(event.path("event").asText()) && "opened".equals(event.path("action").asText())
					&& done.add(event.path("id").asText())) {
				act(event.path("id").asText(), event.path("kind").asText());
			}
			return "release".equals(event.path("event").asText()) && "CLOSED".equals(event.path("state").asText());
		});
		awaitState(key, "CLOSED");
		this.mailboxes.remove(key);
		this.mailboxes.remove(releaseKey);
		return ready;
	}

	private void act(String taskId, String kind) {
		switch (kind) {
			case "ACCEPT_RELEASE" -> {
				JsonNode task = ok(as("manager").get("/api/tasks/" + taskId), "read " + taskId).json();
				boolean forManagers = task.path("candidateGroups").toString().contains("CHANGE_MANAGER");
				complete(forManagers ? "manager" : "releng2", taskId, Map.of("decision", "accept"));
			}
			case "REVIEW_ROLLOUT_PLAN" -> complete("manager", taskId, Map.of("decision", "approve"));
			case "START_ROLLOUT" -> {
				// Its changes are planned ahead, outside now: the change manager lets it
				// roll out (a rollout outside the approved windows is refused otherwise).
				String release = ok(as("manager").get("/api/tasks/" + taskId), "read " + taskId).json()
					.path("changeKey")
					.asText();
				ok(as("manager").post("/api/releases/" + release + "/rollout-override",
						Map.of("reason", "Load run: rolls out ahead of the planned window")), "override " + release);
				complete("releng", taskId, Map.of("decision", "start"));
			}
			case "GO_NO_GO" -> complete("releng", taskId, Map.of("decision", "go"));
			default -> {
				// Not this path's: e.g. the change's "ready for release", which the
				// release ends.
			}
		}
	}

	void complete(String user, String taskId, Map<String, Object> decision) {
		ok(as(user).post("/api/tasks/" + taskId + "/complete", decision), user + " completes " + taskId);
	}

	/**
	 * Keeps {@code inFlight} standard changes going to closed for the duration.
	 * @return the steady rate at which they closed (as the bare engine's is measured),
	 * each one's submit-to-ready time and whole path
	 */
	Saturation saturate(Duration duration, int inFlight) throws Exception {
		List<Long> paths = java.util.Collections.synchronizedList(new ArrayList<>());
		Latencies ready = new Latencies();
		Latencies whole = new Latencies();
		AtomicInteger counter = new AtomicInteger();
		long end = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(inFlight);
		List<Future<?>> runners = new ArrayList<>();
		for (int i = 0; i < inFlight; i++) {
			runners.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long started = System.nanoTime();
					// Every change started in the phase counts, also one that closes
					// after it:
					// leaving out the slow ones that end late would flatter the mean.
					ready.add(standardChangeToClosed("Restart checkout-api, run " + counter.incrementAndGet()));
					long path = System.nanoTime() - started;
					paths.add(path);
					whole.add(path);
				}
				return null;
			}));
		}
		for (Future<?> runner : runners) {
			runner.get();
		}
		pool.shutdown();
		return new Saturation(io.changeflow.engine.BareEngineRun.perSecond(inFlight, paths), ready, whole);
	}

	/**
	 * The change manager accepts a normal change's review; how long until the first CAB
	 * member sees their vote: on the change's approvals over the API (polled), and on
	 * their live event stream. The change is withdrawn after each sample, so the number
	 * of open tasks stays where it was.
	 */
	Handover approvalHandover(int samples) throws Exception {
		Latencies api = new Latencies();
		Latencies live = new Latencies();
		Map<String, Long> seenLive = new ConcurrentHashMap<>();
		ApiSession cab1 = as("cab1");
		try (LiveStream cab1Events = LiveStream.open(cab1, (name, data, at) -> {
			if ("task".equals(name) && "opened".equals(data.path("action").asText())
					&& "CAB_VOTE".equals(data.path("kind").asText())) {
				seenLive.putIfAbsent(data.path("changeKey").asText(), at);
			}
		})) {
			for (int i = 0; i < samples; i++) {
				String key = draft(normalRfc("Upgrade checkout-api, handover sample " + i + " " + System.nanoTime()));
				submit(key);
				String review = awaitOpenTask(key, "REVIEW_RFC");
				complete("manager", review, Map.of("decision", "accept"));
				long decided = System.nanoTime();
				long deadline = decided + STEP_TIMEOUT.toNanos();
				while (!cab1.get("/api/changes/" + key + "/approvals").body().contains("\"state\":\"OPEN\"")) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("cab1 never saw a vote on " + key);
					}
					// Every 10 ms: faster polling would itself load the 2-core machine it
					// measures.
					Thread.sleep(10);
				}
				api.add(System.nanoTime() - decided);
				while (!seenLive.containsKey(key) && System.nanoTime() < deadline) {
					Thread.sleep(2);
				}
				Long arrived = seenLive.get(key);
				if (arrived == null) {
					throw new IllegalStateException("cab1's live stream never told of a vote on " + key);
				}
				live.add(arrived - decided);
				withdraw(key);
			}
		}
		return new Handover(api, live);
	}

	/**
	 * Submit to ready for release of a standard change, one at a time (no other load).
	 * Each stays ready for release (it can no longer be withdrawn): one more open task.
	 */
	Latencies submitToReady(int samples) throws InterruptedException {
		Latencies ready = new Latencies();
		for (int i = 0; i < samples; i++) {
			String key = draft(standardRfc("Restart checkout-api, sample " + i + " " + System.nanoTime()));
			long submitted = System.nanoTime();
			submit(key);
			ready.add(awaitState(key, "READY_FOR_RELEASE") - submitted);
			this.mailboxes.remove(key);
		}
		return ready;
	}

	private void withdraw(String key) throws InterruptedException {
		ok(as("requester").post("/api/changes/" + key + "/withdraw", Map.of("reason", "benchmark sample")),
				"withdraw " + key);
		awaitState(key, "WITHDRAWN");
		long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
		while (openTasks(key) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		this.mailboxes.remove(key);
	}

	int openTasks(String key) {
		return this.jdbc.queryForObject("select count(*) from human_task where business_key = ? and state = 'OPEN'",
				Integer.class, key);
	}

	/**
	 * Waits for a task of the kind to open on the record, as its people learn of it: from
	 * the live events. The database is asked only when no event came for a while, so the
	 * benchmark does not load the machine it measures.
	 * @return the task's id
	 */
	String awaitOpenTask(String key, String kind) throws InterruptedException {
		BlockingQueue<JsonNode> mailbox = this.mailboxes.get(key);
		long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode event = mailbox.poll(1, TimeUnit.SECONDS);
			if (event == null) {
				List<String> ids = this.jdbc.queryForList(
						"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN'",
						String.class, key, kind);
				if (!ids.isEmpty()) {
					return ids.get(0);
				}
			}
			else if ("task".equals(event.path("event").asText()) && "opened".equals(event.path("action").asText())
					&& kind.equals(event.path("kind").asText())) {
				return event.path("id").asText();
			}
		}
		throw new IllegalStateException(
				"No open " + kind + " on " + key + " within " + STEP_TIMEOUT + "; " + whereItStands(key));
	}

	/** What the database says of a record that got stuck, for the failure message. */
	String whereItStands(String key) {
		return "state "
				+ this.jdbc.queryForList("select state from change_request where change_key = ?", String.class, key)
				+ ", steps "
				+ this.jdbc.queryForList(
						"""
								select s.element_id || ' ' || coalesce(s.outcome, '') || ' ' || coalesce(s.detail, '')
								from change_step s join change_request c on c.id = s.change_id where c.change_key = ? order by s.id""",
						String.class, key)
				+ ", tasks "
				+ this.jdbc.queryForList(
						"select kind || ' ' || state from human_task where business_key = ? order by created_at",
						String.class, key);
	}

	private static Map<String, Object> release(String title, String changeKey) {
		OffsetDateTime start = BASE.plusDays(400);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Release of " + title);
		body.put("type", "DELTA");
		body.put("releaseUnit", List.of("APPLICATION"));
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(4).toString());
		body.put("backoutPlan", "Redeploy the previous artifacts wave by wave.");
		body.put("changeKeys", List.of(changeKey));
		return body;
	}

	static Response ok(Response response, String what) {
		if (response.status() / 100 != 2) {
			throw new IllegalStateException(what + ": " + response);
		}
		return response;
	}

	@Override
	public void close() {
		this.overseer.close();
	}

	/**
	 * A saturation run.
	 *
	 * @param perSecond standard changes closed per second, steady
	 * @param submitToReady submit to ready for release under this load
	 * @param wholePath submit to closed
	 */
	record Saturation(double perSecond, Latencies submitToReady, Latencies wholePath) {
	}

	/**
	 * Decision to the next person's task.
	 *
	 * @param api seen on the change's approvals, polled over the API
	 * @param live told on the next person's live event stream
	 */
	record Handover(Latencies api, Latencies live) {
	}

}

package io.changeflow.bench;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.util.List;

/**
 * The inbox as its people open it: the list of their own tasks, their groups' tasks and
 * the badge count, for people with many tasks (the change manager's group reviews, a CAB
 * member's votes) and with none.
 *
 * @param mine {@code GET /api/tasks?scope=MINE}
 * @param groups {@code GET /api/tasks?scope=GROUPS}
 * @param count {@code GET /api/tasks/count}
 * @param largestBody the largest list response, in bytes
 */
record Inbox(Latencies mine, Latencies groups, Latencies count, int largestBody) {

	private static final List<String> PEOPLE = List.of("manager", "cab1", "person10", "person1");

	static Inbox measure(AppLoad app, int samples) {
		Latencies mine = new Latencies();
		Latencies groups = new Latencies();
		Latencies count = new Latencies();
		int largest = 0;
		for (int i = 0; i < samples; i++) {
			ApiSession person = app.as(PEOPLE.get(i % PEOPLE.size()));
			Response list = AppLoad.ok(mine.time(() -> person.get("/api/tasks?scope=MINE")), "inbox");
			largest = Math.max(largest, list.body().length());
			list = AppLoad.ok(groups.time(() -> person.get("/api/tasks?scope=GROUPS")), "group inbox");
			largest = Math.max(largest, list.body().length());
			AppLoad.ok(count.time(() -> person.get("/api/tasks/count")), "inbox count");
		}
		return new Inbox(mine, groups, count, largest);
	}

}

package io.changeflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows the app's data to the sizes the benchmark measures at. Open work comes through
 * the API and the engine as people make it (RFCs filed, reviews accepted, CAB votes
 * opened), so the engine holds every open task; the closed history and the extra people
 * go straight into the database, as years of use would have left them.
 */
final class DataSeed {

	/** People the benchmark adds to the demo users; every tenth sits on the CAB. */
	static final int PEOPLE = 200;

	static final int GROUPS = 20;

	private final AppLoad app;

	private final JdbcTemplate jdbc;

	/**
	 * Numbers the RFCs across levels: the same title twice would be refused as a
	 * duplicate.
	 */
	private final AtomicInteger filed = new AtomicInteger();

	DataSeed(AppLoad app) {
		this.app = app;
		this.jdbc = app.jdbc();
	}

	/**
	 * 200 people in 20 teams, with the demo users' password; every tenth is a CAB member,
	 * so a normal change at the CAB opens a vote for each of them (and cab1..cab3).
	 */
	void people() {
		this.jdbc.update("""
				insert into app_user (id, username, display_name, password_hash, created_at)
				select gen_random_uuid(), 'person' || n, 'Person ' || n,
				       (select password_hash from app_user where username = 'requester'), now()
				from generate_series(1, ?) n""", PEOPLE);
		this.jdbc.update("""
				insert into app_user_role (user_id, role)
				select id, case when substring(username from 7)::int % 10 = 0 then 'CAB_MEMBER' else 'REQUESTER' end
				from app_user where username like 'person%'""");
		this.jdbc.update("""
				insert into app_user_group (user_id, group_name)
				select id, 'team-' || (substring(username from 7)::int % ?)
				from app_user where username like 'person%'""", GROUPS);
	}

	int openTasks() {
		return this.jdbc.queryForObject("select count(*) from human_task where state = 'OPEN'", Integer.class);
	}

	/**
	 * Files normal RFCs until the inbox holds the target of open tasks: every other one
	 * waits for the change manager's review, the others are accepted and wait for the
	 * CAB's votes.
	 * @return the open tasks reached
	 */
	int openTasksUpTo(int target, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> runners = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			runners.add(pool.submit(() -> {
				while (openTasks() < target) {
					int n = this.filed.incrementAndGet();
					String key = this.app.draft(this.app.normalRfc("Upgrade checkout-api, open work " + n));
					this.app.submit(key);
					String review = this.app.awaitOpenTask(key, "REVIEW_RFC");
					if (n % 2 == 0) {
						this.app.complete("manager", review, Map.of("decision", "accept"));
						this.app.awaitOpenTask(key, "CAB_VOTE");
					}
				}
				return null;
			}));
		}
		for (Future<?> runner : runners) {
			runner.get();
		}
		pool.shutdown();
		// Wait until the last accepted reviews have opened all their votes.
		int before;
		int after = openTasks();
		do {
			before = after;
			Thread.sleep(500);
			after = openTasks();
		}
		while (after != before);
		return after;
	}

	/**
	 * Closed changes with their timeline and their completed review, in planned windows
	 * over the past years.
	 */
	void closedHistory(int changes) {
		this.jdbc.update(
				"""
						insert into change_request (id, change_key, title, description, justification, category, requester,
						    implementer, affected_cis, impact, urgency, implementation_plan, test_plan, backout_plan,
						    planned_start, planned_end, time_zone, incident_refs, emergency, state, change_class, risk, priority,
						    revision, current_step, current_step_name, close_reason, created_at, updated_at, submitted_at, version)
						select gen_random_uuid(), 'CHG-' || lpad(nextval('change_request_number')::text, 6, '0'),
						    'Closed change ' || n, 'From the years before', 'History', 'APPLICATION', 'person' || (n % ? + 1),
						    'releng', array['CI-0000' || (n % 9 + 1)], 2, 2, 'Plan', 'Test', 'Back out',
						    now() - make_interval(hours => n + 2), now() - make_interval(hours => n), 'UTC', '{}', false,
						    'CLOSED', 'NORMAL', 'LOW', 'P4', 1, 'change_closed', 'Closed', 'Implemented and reviewed',
						    now() - make_interval(hours => n + 48), now() - make_interval(hours => n),
						    now() - make_interval(hours => n + 47), 3
						from generate_series(1, ?) n""",
				PEOPLE, changes);
		this.jdbc.update("""
				insert into change_step (change_id, at, element_id, step_name, state, actor, outcome)
				select c.id, c.submitted_at + make_interval(mins => s.n), s.element, s.name, s.state, 'manager', null
				from change_request c
				cross join (values (1, 'rfc_submitted', 'Submitted', 'SUBMITTED'),
				                   (2, 'review_rfc', 'Review RFC', 'IN_REVIEW'),
				                   (3, 'cab_vote', 'CAB vote', 'AWAITING_CAB'),
				                   (4, 'change_closed', 'Closed', 'CLOSED')) as s(n, element, name, state)
				where c.title like 'Closed change %'""");
		this.jdbc
			.update("""
					insert into human_task (id, job_key, engine_epoch, process_instance_key, element_id, element_instance_key,
					    business_key, business_title, kind, title, candidate_groups, state, outcome, completed_by,
					    completed_at, created_at, version, delivery)
					select gen_random_uuid(), -row_number() over (), 'history', 0, 'review_rfc', 0, c.change_key, c.title,
					    'REVIEW_RFC', 'Review the RFC', '{CHANGE_MANAGER}', 'COMPLETED', 'accept', 'manager',
					    c.submitted_at + interval '1 hour', c.submitted_at, 1, 'APPLIED'
					from change_request c where c.title like 'Closed change %'""");
		this.jdbc.execute("analyze");
	}

}

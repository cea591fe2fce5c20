package io.changeflow.discovery;

import io.changeflow.audit.DomainEvent;
import io.changeflow.change.ChangeClass;
import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CiChangeCause;
import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading unauthorized changes and resolving them. A record is resolved once: linked to a
 * retrospective emergency change, accepted, or rolled back.
 */
@Service
@Transactional(readOnly = true)
class UnauthorizedChanges {

	private final UnauthorizedChangeRepository records;

	private final CmdbService cmdb;

	private final ChangeQueries changes;

	private final ApplicationEventPublisher events;

	UnauthorizedChanges(UnauthorizedChangeRepository records, CmdbService cmdb, ChangeQueries changes,
			ApplicationEventPublisher events) {
		this.records = records;
		this.cmdb = cmdb;
		this.changes = changes;
		this.events = events;
	}

	/**
	 * Newest first.
	 * @param statuses the statuses to list (all when empty)
	 * @param after the {@code next} of the previous page, or empty
	 * @param limit the page size
	 */
	KeysetPage<UnauthorizedChangeView> list(Collection<UnauthorizedChangeStatus> statuses, String after, int limit) {
		long before = Long.MAX_VALUE;
		if (!after.isEmpty()) {
			try {
				before = Long.parseLong(after);
			}
			catch (NumberFormatException ex) {
				throw ApiException.invalid("after", "Pass the next value of the previous page.");
			}
		}
		Collection<UnauthorizedChangeStatus> wanted = statuses.isEmpty() ? List.of(UnauthorizedChangeStatus.values())
				: statuses;
		List<UnauthorizedChange> fetched = this.records.page(wanted, before, Limit.of(limit + 1));
		Map<String, String> names = this.cmdb.find(fetched.stream().map(UnauthorizedChange::ciKey).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CiView::key, CiView::name));
		List<UnauthorizedChangeView> views = fetched.stream().map((u) -> u.view(names.get(u.ciKey()))).toList();
		return KeysetPage.of(views, limit, (view) -> String.valueOf(view.id()));
	}

	UnauthorizedChangeView get(long id) {
		UnauthorizedChange record = this.records.findById(id)
			.orElseThrow(() -> ApiException.notFound("unauthorized change", String.valueOf(id)));
		return view(record);
	}

	/**
	 * A retrospective emergency change covers it now.
	 * @throws ApiException 400 naming changeKey for an unknown change, one that is not an
	 * emergency change or one that does not name the item; 409 once resolved
	 */
	@Transactional
	UnauthorizedChangeView link(long id, String changeKey, String by) {
		UnauthorizedChange record = open(id);
		String key = changeKey.strip();
		if (!this.changes.exists(key)) {
			throw ApiException.invalid("changeKey", "There is no change " + key + ".");
		}
		ChangeView change = this.changes.get(key);
		if (!change.emergency() && change.changeClass() != ChangeClass.EMERGENCY) {
			throw ApiException.invalid("changeKey",
					key + " is no emergency change: file a retrospective emergency change for it.");
		}
		if (!change.affectedCis().contains(record.ciKey())) {
			throw ApiException.invalid("changeKey",
					key + " does not name " + record.ciKey() + " among its configuration items.");
		}
		return resolve(record, UnauthorizedChangeStatus.LINKED, key, null, by, "UnauthorizedChangeLinked");
	}

	/** Left in place, for a reason. */
	@Transactional
	UnauthorizedChangeView accept(long id, String reason, String by) {
		return resolve(open(id), UnauthorizedChangeStatus.ACCEPTED, null, reason.strip(), by,
				"UnauthorizedChangeAccepted");
	}

	/**
	 * Undone on the item: the CMDB gets the old value back, unless something changed the
	 * attribute again since (then it shows that, and stays).
	 */
	@Transactional
	UnauthorizedChangeView rollBack(long id, String reason, String by) {
		UnauthorizedChange record = open(id);
		boolean stillThere = this.cmdb.attribute(record.ciKey(), record.attribute())
			.map(record.newValue()::equals)
			.orElse(false);
		// An attribute that did not exist before stays: the CMDB has no way to remove one
		// here, and the record says it was rolled back.
		if (stillThere && record.oldValue() != null) {
			// Discovery's side of the record, named as such: the person's act is the
			// roll-back event below, and the history row points at it by its cause.
			this.cmdb.applyObservation(record.ciKey(), record.attribute(), record.oldValue(), CiChangeCause.ADMIN, null,
					Observations.ACTOR);
		}
		return resolve(record, UnauthorizedChangeStatus.ROLLED_BACK, null, reason.strip(), by,
				"UnauthorizedChangeRolledBack");
	}

	private UnauthorizedChange open(long id) {
		UnauthorizedChange record = this.records.lockById(id)
			.orElseThrow(() -> ApiException.notFound("unauthorized change", String.valueOf(id)));
		if (record.status() != UnauthorizedChangeStatus.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Already resolved",
					"Unauthorized change " + id + " is already " + record.status() + ".", null);
		}
		return record;
	}

	private UnauthorizedChangeView resolve(UnauthorizedChange record, UnauthorizedChangeStatus status, String changeKey,
			String reason, String by, String action) {
		record.resolve(status, changeKey, reason, by);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", status.name());
		after.put("changeKey", changeKey);
		after.put("reason", reason);
		after.put("attribute", record.attribute());
		after.put("newValue", record.newValue());
		this.events.publishEvent(DomainEvent.of(action, "UNAUTHORIZED_CHANGE", String.valueOf(record.id()))
			.touching(List.of(record.ciKey()))
			.before(Map.of("status", UnauthorizedChangeStatus.OPEN.name()))
			.after(after)
			.correlatedBy((changeKey != null) ? Map.of("change", changeKey) : Map.of()));
		return view(record);
	}

	private UnauthorizedChangeView view(UnauthorizedChange record) {
		String name = this.cmdb.find(List.of(record.ciKey()))
			.stream()
			.map(CiView::name)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return record.view(name);
	}

}

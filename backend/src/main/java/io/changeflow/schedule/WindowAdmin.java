package io.changeflow.schedule;

import io.changeflow.audit.DomainEvent;
import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.schedule.BlackoutWindow.BlackoutView;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to blackout and maintenance windows: each write checked (400 naming the
 * field), stored and audited once by the admin.
 */
@Service
@Transactional
class WindowAdmin {

	private final BlackoutWindowRepository blackouts;

	private final MaintenanceWindowRepository maintenance;

	private final CmdbService cmdb;

	private final ApplicationEventPublisher events;

	WindowAdmin(BlackoutWindowRepository blackouts, MaintenanceWindowRepository maintenance, CmdbService cmdb,
			ApplicationEventPublisher events) {
		this.blackouts = blackouts;
		this.maintenance = maintenance;
		this.cmdb = cmdb;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<BlackoutView> blackouts() {
		List<BlackoutWindow> all = this.blackouts.findAllByOrderByStartsAt();
		Map<String, String> names = scopeNames(all.stream().map(BlackoutWindow::scope).collect(Collectors.toSet()));
		return all.stream().map((window) -> window.view(names.get(window.scope()))).toList();
	}

	BlackoutView createBlackout(BlackoutBody body, String admin) {
		String scope = checked(body);
		BlackoutWindow window = this.blackouts.save(new BlackoutWindow(body.name().strip(), body.startsAt(),
				body.endsAt(), scope, MaintenanceWindowBody.blankToNull(body.reason()), admin));
		BlackoutView view = view(window);
		this.events.publishEvent(DomainEvent.of("BlackoutWindowCreated", "BLACKOUT_WINDOW", window.id().toString())
			.by(admin)
			.after(Map.of("window", view)));
		return view;
	}

	BlackoutView editBlackout(UUID id, BlackoutBody body, String admin) {
		BlackoutWindow window = this.blackouts.findById(id)
			.orElseThrow(() -> ApiException.notFound("blackout window", id.toString()));
		String scope = checked(body);
		BlackoutView before = view(window);
		window.edit(body.name().strip(), body.startsAt(), body.endsAt(), scope,
				MaintenanceWindowBody.blankToNull(body.reason()));
		BlackoutView after = view(window);
		this.events.publishEvent(DomainEvent.of("BlackoutWindowEdited", "BLACKOUT_WINDOW", id.toString())
			.by(admin)
			.before(Map.of("window", before))
			.after(Map.of("window", after)));
		return after;
	}

	void deleteBlackout(UUID id, String admin) {
		this.blackouts.findById(id).ifPresent((window) -> {
			BlackoutView before = view(window);
			this.blackouts.delete(window);
			this.events.publishEvent(DomainEvent.of("BlackoutWindowDeleted", "BLACKOUT_WINDOW", id.toString())
				.by(admin)
				.before(Map.of("window", before)));
		});
	}

	@Transactional(readOnly = true)
	List<MaintenanceWindowView> maintenanceWindows() {
		List<MaintenanceWindow> all = this.maintenance.findAllByOrderByName();
		Map<String, String> names = scopeNames(all.stream().map(MaintenanceWindow::scope).collect(Collectors.toSet()));
		return all.stream().map((window) -> window.view(names.get(window.scope()))).toList();
	}

	MaintenanceWindowView createMaintenance(MaintenanceWindowBody body, String admin) {
		check(body);
		MaintenanceWindow window = this.maintenance.save(new MaintenanceWindow(body, admin));
		MaintenanceWindowView view = view(window);
		this.events
			.publishEvent(DomainEvent.of("MaintenanceWindowCreated", "MAINTENANCE_WINDOW", window.id().toString())
				.by(admin)
				.after(Map.of("window", view)));
		return view;
	}

	MaintenanceWindowView editMaintenance(UUID id, MaintenanceWindowBody body, String admin) {
		MaintenanceWindow window = this.maintenance.findById(id)
			.orElseThrow(() -> ApiException.notFound("maintenance window", id.toString()));
		check(body);
		MaintenanceWindowView before = view(window);
		window.edit(body);
		MaintenanceWindowView after = view(window);
		this.events.publishEvent(DomainEvent.of("MaintenanceWindowEdited", "MAINTENANCE_WINDOW", id.toString())
			.by(admin)
			.before(Map.of("window", before))
			.after(Map.of("window", after)));
		return after;
	}

	void deleteMaintenance(UUID id, String admin) {
		this.maintenance.findById(id).ifPresent((window) -> {
			MaintenanceWindowView before = view(window);
			this.maintenance.delete(window);
			this.events.publishEvent(DomainEvent.of("MaintenanceWindowDeleted", "MAINTENANCE_WINDOW", id.toString())
				.by(admin)
				.before(Map.of("window", before)));
		});
	}

	/** The names of the scope items, by key. */
	Map<String, String> scopeNames(Set<String> scopes) {
		List<String> keys = scopes.stream().filter(java.util.Objects::nonNull).toList();
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.cmdb.find(keys).stream().collect(Collectors.toMap(CiView::key, CiView::name, (a, b) -> a));
	}

	private BlackoutView view(BlackoutWindow window) {
		return window.view(scopeName(window.scope()));
	}

	private MaintenanceWindowView view(MaintenanceWindow window) {
		return window.view(scopeName(window.scope()));
	}

	private @Nullable String scopeName(@Nullable String scope) {
		return (scope != null) ? scopeNames(Set.of(scope)).get(scope) : null;
	}

	private String checked(BlackoutBody body) {
		if (!body.endsAt().isAfter(body.startsAt())) {
			throw ApiException.invalid("endsAt", "The end must be after the start.");
		}
		return knownScope(body.scope());
	}

	private void check(MaintenanceWindowBody body) {
		knownScope(body.scope());
		if (body.recurrence() == Recurrence.ONCE) {
			require(body.startsAt(), "startsAt", "Enter the start of the window.");
			require(body.endsAt(), "endsAt", "Enter the end of the window.");
			if (!body.endsAt().isAfter(body.startsAt())) {
				throw ApiException.invalid("endsAt", "The end must be after the start.");
			}
			return;
		}
		require(body.dayOfWeek(), "dayOfWeek", "Pick the day of the week.");
		require(body.startTime(), "startTime", "Enter the local start time.");
		require(body.durationMinutes(), "durationMinutes", "Enter how many minutes the window lasts.");
		require(body.timeZone(), "timeZone", "Pick the time zone.");
		try {
			ZoneId.of(body.timeZone());
		}
		catch (DateTimeException ex) {
			throw ApiException.invalid("timeZone",
					"'%s' is no IANA time zone such as Europe/Berlin.".formatted(body.timeZone()));
		}
	}

	private static void require(Object value, String field, String message) {
		if (value == null) {
			throw ApiException.invalid(field, message);
		}
	}

	private String knownScope(String scope) {
		String key = MaintenanceWindowBody.blankToNull(scope);
		if (key != null && !this.cmdb.unknownKeys(List.of(key)).isEmpty()) {
			throw ApiException.invalid("scope", "There is no configuration item " + key + ".");
		}
		return key;
	}

}

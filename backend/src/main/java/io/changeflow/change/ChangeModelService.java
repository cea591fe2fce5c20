package io.changeflow.change;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard change models: admins write them, requesters pick an active one for an RFC.
 */
@Service
@Transactional
class ChangeModelService {

	private final ChangeModelRepository models;

	private final ApplicationEventPublisher events;

	ChangeModelService(ChangeModelRepository models, ApplicationEventPublisher events) {
		this.events = events;
		this.models = models;
	}

	@Transactional(readOnly = true)
	List<ChangeModelView> list(boolean includeInactive) {
		var found = includeInactive ? this.models.findAllByOrderByName() : this.models.findByActiveTrueOrderByName();
		return found.stream().map(ChangeModel::view).toList();
	}

	@Transactional(readOnly = true)
	ChangeModelView get(UUID id) {
		return find(id).view();
	}

	ChangeModelView create(ChangeModelBody body) {
		requireUniqueName(body.name(), null);
		ChangeModelView created = this.models.save(new ChangeModel(body)).view();
		audit("ChangeModelCreated", created, null);
		return created;
	}

	ChangeModelView update(UUID id, ChangeModelBody body) {
		ChangeModel model = find(id);
		requireUniqueName(body.name(), id);
		ChangeModelView before = model.view();
		model.update(body);
		audit("ChangeModelEdited", model.view(), before);
		return model.view();
	}

	ChangeModelView deactivate(UUID id) {
		ChangeModel model = find(id);
		ChangeModelView before = model.view();
		model.deactivate();
		audit("ChangeModelDeactivated", model.view(), before);
		return model.view();
	}

	private void audit(String action, ChangeModelView after, ChangeModelView before) {
		this.events.publishEvent(DomainEvent.of(action, "CHANGE_MODEL", after.id().toString())
			.before((before != null) ? Map.of("model", before) : Map.of())
			.after(Map.of("model", after)));
	}

	private ChangeModel find(UUID id) {
		return this.models.findById(id).orElseThrow(() -> ApiException.notFound("change model", id.toString()));
	}

	private void requireUniqueName(String name, UUID self) {
		this.models.findByNameIgnoreCase(name.strip())
			.filter((other) -> !other.id().equals(self))
			.ifPresent((other) -> {
				throw new ApiException(HttpStatus.CONFLICT, "Name taken",
						"A change model named '%s' exists already".formatted(other.name()), "name");
			});
	}

}

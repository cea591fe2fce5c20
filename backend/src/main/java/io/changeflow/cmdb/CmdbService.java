package io.changeflow.cmdb;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features ask the CMDB: do these items exist, and what are they.
 */
@Service
@Transactional(readOnly = true)
public class CmdbService {

	private final ConfigurationItemRepository items;

	private final CiHistoryRepository history;

	private final ApplicationEventPublisher events;

	private final ImpactAnalysis impact;

	private final CiRelationRepository relations;

	CmdbService(ConfigurationItemRepository items, CiHistoryRepository history, ApplicationEventPublisher events,
			ImpactAnalysis impact, CiRelationRepository relations) {
		this.relations = relations;
		this.events = events;
		this.items = items;
		this.history = history;
		this.impact = impact;
	}

	/**
	 * Everything a change to the given items reaches, up to the business services.
	 * Unknown keys are ignored.
	 * @param ciKeys the items changed
	 * @return the impact, the given items included at depth 0
	 */
	public ImpactView impact(Collection<String> ciKeys) {
		return this.impact.of(ciKeys);
	}

	/**
	 * Whether a configuration item has the name (names repeat across environments).
	 * @param name the CI name, e.g. checkout-api
	 * @return true when at least one item has it
	 */
	public boolean existsByName(String name) {
		return name != null && this.items.existsByName(name);
	}

	/**
	 * A release deployed a new version of an item: the item shows it and its history gets
	 * a row naming the release and its changes. Recording the same release for the same
	 * item again changes nothing, so a job worker may call it twice.
	 * @param ciKey the item, e.g. CI-00003
	 * @param newVersion the version it runs now
	 * @param releaseKey the release that deployed it
	 * @param changeKeys the changes the release implemented
	 * @param actor who did it
	 * @return whether a new version was recorded (false when it already was)
	 * @throws ApiException 404 for an unknown item
	 */
	@Transactional
	public boolean recordVersion(String ciKey, String newVersion, String releaseKey, List<String> changeKeys,
			String actor) {
		ConfigurationItem item = lock(ciKey);
		if (releaseKey != null && this.history.existsByCiIdAndReleaseKey(item.id(), releaseKey)) {
			return false;
		}
		Map<String, Object> before = new HashMap<>();
		before.put("version", item.version());
		CiChange change = item.upgradeTo(newVersion);
		if (change == null) {
			return false;
		}
		this.history.save(new CiHistory(item.id(), change, CiChangeCause.RELEASE, releaseKey, null, changeKeys, actor));
		Map<String, Object> cause = new HashMap<>();
		cause.put("release", releaseKey);
		cause.put("changes", changeKeys);
		this.events.publishEvent(DomainEvent.of("CiUpdated", "CI", ciKey)
			.by("system:update-cmdb")
			.touching(List.of(ciKey))
			.before(before)
			.after(Map.of("version", newVersion, "by", actor))
			.correlatedBy(cause));
		return true;
	}

	/**
	 * The version history of an item, oldest first.
	 * @param ciKey the item, e.g. CI-00003
	 * @return its version changes
	 * @throws ApiException 404 for an unknown item
	 */
	public List<CiHistoryView> history(String ciKey) {
		ConfigurationItem item = this.items.findByKey(ciKey)
			.orElseThrow(() -> ApiException.notFound("configuration item", ciKey));
		return this.history.findByCiIdOrderByAtAscIdAsc(item.id()).stream().map(CiHistory::view).toList();
	}

	/**
	 * The keys among the given ones that name no configuration item.
	 * @param keys CI keys such as CI-00004
	 * @return the unknown keys, in the given order
	 */
	public List<String> unknownKeys(Collection<String> keys) {
		Set<String> known = this.items.findByKeyIn(keys)
			.stream()
			.map(ConfigurationItem::key)
			.collect(Collectors.toSet());
		return keys.stream().filter((key) -> !known.contains(key)).toList();
	}

	/**
	 * The configuration items with the given keys.
	 * @param keys CI keys
	 * @return the items found, ordered by key
	 */
	public List<CiView> find(Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.items.findByKeyIn(keys)
			.stream()
			.map(ConfigurationItem::view)
			.sorted(java.util.Comparator.comparing(CiView::key))
			.toList();
	}

	/**
	 * An admin records a new item. Its key is given out here.
	 * @param body the item
	 * @param actor the admin
	 * @return the item
	 */
	@Transactional
	public CiView create(CiBody body, String actor) {
		ConfigurationItem item = this.items
			.save(ConfigurationItem.of("CI-%05d".formatted(this.items.nextNumber()), body));
		record(item, List.of(new CiChange("created", null, item.name())), CiChangeCause.ADMIN, actor);
		return item.view();
	}

	/**
	 * An admin corrects an item. The version is not theirs to change: only a release
	 * deploys one.
	 * @param ciKey the item
	 * @param body all of its fields
	 * @param actor the admin
	 * @return the item
	 * @throws ApiException 404 for an unknown item, 400 when the version differs
	 */
	@Transactional
	public CiView edit(String ciKey, CiBody body, String actor) {
		ConfigurationItem item = lock(ciKey);
		if (body.version() != null && !body.version().equals(item.version())) {
			throw ApiException.invalid("version",
					"The version changes only when a release deploys one (it is " + item.version() + ").");
		}
		record(item, item.edit(body), CiChangeCause.ADMIN, actor);
		return item.view();
	}

	/**
	 * Relates two items: "source TYPE target". Relating them again the same way changes
	 * nothing.
	 * @return the relation
	 * @throws ApiException 404 for an unknown item, 400 for a relation of an item to
	 * itself
	 */
	@Transactional
	public RelationView relate(String sourceKey, RelationType type, String targetKey, String actor) {
		ConfigurationItem source = require(sourceKey);
		ConfigurationItem target = require(targetKey);
		if (source.id().equals(target.id())) {
			throw ApiException.invalid("target", "An item cannot relate to itself.");
		}
		if (this.relations.addIfAbsent(source.id(), target.id(), type.name(), actor) == 1) {
			String relation = type + " " + targetKey;
			record(source, List.of(new CiChange("relation", null, relation)), CiChangeCause.ADMIN, actor);
		}
		return new RelationView(sourceKey, type, targetKey);
	}

	/**
	 * Removes a relation; removing one that is not there changes nothing.
	 * @throws ApiException 404 for an unknown item
	 */
	@Transactional
	public void unrelate(String sourceKey, RelationType type, String targetKey, String actor) {
		ConfigurationItem source = require(sourceKey);
		ConfigurationItem target = require(targetKey);
		this.relations.findBySourceIdAndTargetIdAndType(source.id(), target.id(), type).ifPresent((relation) -> {
			this.relations.delete(relation);
			record(source, List.of(new CiChange("relation", type + " " + targetKey, null)), CiChangeCause.ADMIN, actor);
		});
	}

	/**
	 * The relations of an item, both ways.
	 * @param ciKey the item
	 * @return what it relates to and what relates to it
	 */
	public List<RelationView> relations(String ciKey) {
		ConfigurationItem item = require(ciKey);
		List<CiRelation> found = this.relations.findBySourceIdOrTargetId(item.id(), item.id());
		Map<java.util.UUID, String> keys = new HashMap<>();
		this.items
			.findAllById(found.stream().flatMap((r) -> java.util.stream.Stream.of(r.sourceId(), r.targetId())).toList())
			.forEach((ci) -> keys.put(ci.id(), ci.key()));
		return found.stream()
			.map((r) -> new RelationView(keys.get(r.sourceId()), r.type(), keys.get(r.targetId())))
			.sorted(java.util.Comparator.comparing(RelationView::source)
				.thenComparing(RelationView::type)
				.thenComparing(RelationView::target))
			.toList();
	}

	/**
	 * Discovery saw an attribute of an item take a value; the caller decided whether an
	 * approved change or release covers it (cause CHANGE or RELEASE) or not
	 * (UNAUTHORIZED).
	 * @param ciKey the item
	 * @param attribute version, location, or a free-form attribute
	 * @param value the value seen
	 * @param cause why it changed
	 * @param coveringKey the change or release key that covers it, or null
	 * @param actor the discovery tool
	 * @return whether the CMDB changed (false when it already had the value)
	 * @throws ApiException 404 for an unknown item
	 */
	@Transactional
	public boolean applyObservation(String ciKey, String attribute, String value, CiChangeCause cause,
			String coveringKey, String actor) {
		ConfigurationItem item = lock(ciKey);
		CiChange change = item.observe(attribute, value);
		if (change == null) {
			return false;
		}
		String releaseKey = (cause == CiChangeCause.RELEASE) ? coveringKey : null;
		String changeKey = (cause == CiChangeCause.CHANGE) ? coveringKey : null;
		this.history.save(new CiHistory(item.id(), change, cause, releaseKey, changeKey, List.of(), actor));
		publishUpdated(item, List.of(change), cause, actor);
		return true;
	}

	/**
	 * The value of an attribute as the CMDB has it now.
	 * @throws ApiException 404 for an unknown item
	 */
	public java.util.Optional<String> attribute(String ciKey, String attribute) {
		return java.util.Optional.ofNullable(require(ciKey).observed(attribute));
	}

	private ConfigurationItem lock(String ciKey) {
		return this.items.lockByKey(ciKey).orElseThrow(() -> ApiException.notFound("configuration item", ciKey));
	}

	private ConfigurationItem require(String ciKey) {
		return this.items.findByKey(ciKey).orElseThrow(() -> ApiException.notFound("configuration item", ciKey));
	}

	private void record(ConfigurationItem item, List<CiChange> changes, CiChangeCause cause, String actor) {
		if (changes.isEmpty()) {
			return;
		}
		changes.forEach(
				(change) -> this.history.save(new CiHistory(item.id(), change, cause, null, null, List.of(), actor)));
		publishUpdated(item, changes, cause, actor);
	}

	private void publishUpdated(ConfigurationItem item, List<CiChange> changes, CiChangeCause cause, String actor) {
		Map<String, Object> before = new java.util.LinkedHashMap<>();
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		changes.forEach((change) -> {
			before.put(change.field(), change.oldValue());
			after.put(change.field(), change.newValue());
		});
		String action = switch (changes.get(0).field()) {
			case "created" -> "CiCreated";
			case "relation" -> (changes.get(0).newValue() != null) ? "CiRelated" : "CiUnrelated";
			default -> (cause == CiChangeCause.UNAUTHORIZED) ? "CiChangedUnauthorized" : "CiEdited";
		};
		this.events.publishEvent(DomainEvent.of(action, "CI", item.key())
			.by(actor)
			.touching(List.of(item.key()))
			.before(before)
			.after(after)
			.correlatedBy(Map.of("cause", cause.name())));
	}

}

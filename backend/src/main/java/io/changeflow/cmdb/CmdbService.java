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

	CmdbService(ConfigurationItemRepository items, CiHistoryRepository history, ApplicationEventPublisher events) {
		this.events = events;
		this.items = items;
		this.history = history;
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
		ConfigurationItem item = this.items.findByKey(ciKey)
			.orElseThrow(() -> ApiException.notFound("configuration item", ciKey));
		if (releaseKey != null && this.history.existsByCiIdAndReleaseKey(item.id(), releaseKey)) {
			return false;
		}
		this.history.save(new CiHistory(item.id(), item.version(), newVersion, releaseKey, changeKeys, actor));
		Map<String, Object> before = new HashMap<>();
		before.put("version", item.version());
		item.upgradeTo(newVersion);
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

}

package io.changeflow.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features ask the CMDB: do these items exist, and what are they.
 */
@Service
@Transactional(readOnly = true)
public class CmdbService {

	private final ConfigurationItemRepository items;

	CmdbService(ConfigurationItemRepository items) {
		this.items = items;
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
		return this.items.findByKeyIn(keys)
			.stream()
			.map(ConfigurationItem::view)
			.sorted(java.util.Comparator.comparing(CiView::key))
			.toList();
	}

}

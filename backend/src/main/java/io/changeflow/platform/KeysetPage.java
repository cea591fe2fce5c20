package io.changeflow.platform;

import java.util.List;
import java.util.function.Function;
import org.springframework.lang.Nullable;

/**
 * One page of a keyset-paginated list: the items and the cursor to pass as {@code after}
 * for the next page, or null on the last page. Keyset pages stay correct and fast while
 * rows are added, unlike offsets.
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param next the cursor of the next page, or null
 */
public record KeysetPage<T>(List<T> items, @Nullable String next) {

	/**
	 * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only
	 * says that a next page exists.
	 * @param fetched rows ordered by the key, at most limit + 1
	 * @param limit the page size
	 * @param cursorOf the cursor of a row (its sort key)
	 * @param <T> the item type
	 * @return the page
	 */
	public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
		if (fetched.size() <= limit) {
			return new KeysetPage<>(fetched, null);
		}
		List<T> items = fetched.subList(0, limit);
		return new KeysetPage<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
	}

}

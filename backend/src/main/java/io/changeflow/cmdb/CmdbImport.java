package io.changeflow.cmdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.ApiProblems.FieldProblem;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of configuration items and their relations from CSV or JSON: every row is
 * checked first, and either all of them are taken or none (a 400 lists every bad row and
 * field). A row with a key corrects that item; one without creates an item. Relations
 * name their target by key, or by the {@code ref} of another row of the same file.
 */
@Service
public class CmdbImport {

	/** More rows than this go in several files: one transaction should stay short. */
	static final int MAX_ROWS = 10_000;

	private final ConfigurationItemRepository items;

	private final CiRelationRepository relations;

	private final CiHistoryRepository history;

	private final Validator validator;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	CmdbImport(ConfigurationItemRepository items, CiRelationRepository relations, CiHistoryRepository history,
			Validator validator, ObjectMapper json, ApplicationEventPublisher events) {
		this.items = items;
		this.relations = relations;
		this.history = history;
		this.validator = validator;
		this.json = json;
		this.events = events;
	}

	/**
	 * Imports a file.
	 * @param content the file's text
	 * @param json whether it is JSON (an array of rows), else CSV with a header line
	 * @param actor the admin
	 * @return what was created and corrected
	 * @throws ApiException 400 with every bad row when any row is bad; nothing is stored
	 */
	@Transactional
	public ImportResult run(String content, boolean json, String actor) {
		List<ImportRow> rows = json ? parseJson(content) : parseCsv(content);
		if (rows.isEmpty()) {
			throw ApiException.invalid("file", "The file has no rows to import.");
		}
		if (rows.size() > MAX_ROWS) {
			throw ApiException.invalid("file",
					"The file has %d rows; import at most %d at a time.".formatted(rows.size(), MAX_ROWS));
		}
		Plan plan = check(rows);
		if (!plan.errors().isEmpty()) {
			throw ApiException.invalid("%d of %d rows cannot be imported; nothing was imported.".formatted(
					plan.errors().stream().map(FieldProblem::field).map(CmdbImport::rowOf).distinct().count(),
					rows.size()), plan.errors());
		}
		return apply(rows, plan, actor);
	}

	private Plan check(List<ImportRow> rows) {
		List<FieldProblem> errors = new ArrayList<>();
		Map<String, Integer> refs = new HashMap<>();
		Map<String, ConfigurationItem> existing = new HashMap<>();
		this.items.findByKeyIn(rows.stream().flatMap((row) -> keysOf(row).stream()).distinct().toList())
			.forEach((item) -> existing.put(item.key(), item));
		for (ImportRow row : rows) {
			String at = "rows[" + row.number() + "].";
			row.problems().forEach((field, message) -> errors.add(new FieldProblem(at + field, message)));
			if (row.body() != null) {
				this.validator.validate(row.body())
					.stream()
					.filter((violation) -> !row.problems().containsKey(violation.getPropertyPath().toString()))
					.forEach((violation) -> errors
						.add(new FieldProblem(at + violation.getPropertyPath(), violation.getMessage())));
			}
			if (row.key() != null) {
				ConfigurationItem item = existing.get(row.key());
				if (item == null) {
					errors.add(new FieldProblem(at + "key", "No configuration item " + row.key() + " to correct."));
				}
				else if (row.body() != null && row.body().version() != null
						&& !row.body().version().equals(item.version())) {
					errors.add(new FieldProblem(at + "version",
							"The version changes only when a release deploys one (it is " + item.version() + ")."));
				}
			}
			if (row.ref() != null && refs.putIfAbsent(row.ref(), row.number()) != null) {
				errors.add(new FieldProblem(at + "ref", "Row " + refs.get(row.ref()) + " has the same ref."));
			}
		}
		for (ImportRow row : rows) {
			for (int r = 0; r < row.relations().size(); r++) {
				String target = row.relations().get(r).target();
				String field = "rows[" + row.number() + "].relations[" + r + "]";
				boolean known = existing.containsKey(target) || refs.containsKey(target);
				if (!known) {
					errors.add(new FieldProblem(field,
							"No item " + target + ": name an existing key or the ref of a row in this file."));
				}
				else if (target.equals(row.key()) || target.equals(row.ref())) {
					errors.add(new FieldProblem(field, "An item cannot relate to itself."));
				}
			}
		}
		return new Plan(errors, existing);
	}

	private ImportResult apply(List<ImportRow> rows, Plan plan, String actor) {
		Map<String, ConfigurationItem> byRef = new HashMap<>();
		List<String> created = new ArrayList<>();
		List<String> corrected = new ArrayList<>();
		for (ImportRow row : rows) {
			ConfigurationItem item;
			List<CiChange> changes;
			if (row.key() == null) {
				item = this.items.save(ConfigurationItem.of("CI-%05d".formatted(this.items.nextNumber()), row.body()));
				changes = List.of(new CiChange("created", null, item.name()));
				created.add(item.key());
			}
			else {
				item = plan.existing().get(row.key());
				changes = item.edit(row.body());
				if (!changes.isEmpty()) {
					corrected.add(item.key());
				}
			}
			changes.forEach((change) -> this.history
				.save(new CiHistory(item.id(), change, CiChangeCause.IMPORT, null, null, List.of(), actor)));
			if (row.ref() != null) {
				byRef.put(row.ref(), item);
			}
			if (row.key() != null) {
				byRef.put(row.key(), item);
			}
		}
		Function<String, ConfigurationItem> resolve = (target) -> Optional.ofNullable(byRef.get(target))
			.orElseGet(() -> plan.existing().get(target));
		int related = 0;
		for (ImportRow row : rows) {
			ConfigurationItem source = byRef.get((row.key() != null) ? row.key() : row.ref());
			for (NewRelation relation : row.relations()) {
				ConfigurationItem target = resolve.apply(relation.target());
				UUID sourceId = (source != null) ? source.id() : null;
				if (sourceId != null
						&& this.relations.findBySourceIdAndTargetIdAndType(sourceId, target.id(), relation.type())
							.isEmpty()) {
					this.relations.save(new CiRelation(sourceId, relation.type(), target.id(), actor));
					this.history.save(new CiHistory(sourceId,
							new CiChange("relation", null, relation.type() + " " + target.key()), CiChangeCause.IMPORT,
							null, null, List.of(), actor));
					related++;
				}
			}
		}
		ImportResult result = new ImportResult(created, corrected, related);
		this.events.publishEvent(DomainEvent.of("CmdbImported", "CMDB", "import")
			.by(actor)
			.touching(concat(created, corrected))
			.after(Map.of("created", created.size(), "corrected", corrected.size(), "relations", related)));
		return result;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static List<String> keysOf(ImportRow row) {
		List<String> keys = new ArrayList<>();
		if (row.key() != null) {
			keys.add(row.key());
		}
		row.relations().forEach((relation) -> keys.add(relation.target()));
		return keys;
	}

	private static String rowOf(String field) {
		return field.substring(0, field.indexOf(']') + 1);
	}

	private List<ImportRow> parseJson(String content) {
		List<Map<String, Object>> raw;
		try {
			raw = this.json.readValue(content, new TypeReference<>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw ApiException.invalid("file", "The file is not a JSON array of items: "
					+ ex.getOriginalMessage().lines().findFirst().orElse("") + ".");
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			rows.add(ImportRow.parse(i + 1, (raw.get(i) != null) ? raw.get(i) : Map.of()));
		}
		return rows;
	}

	private static List<ImportRow> parseCsv(String content) {
		List<List<String>> lines = CsvReader.read(content);
		if (lines.isEmpty()) {
			return List.of();
		}
		List<String> header = lines.get(0).stream().map((name) -> name.strip()).toList();
		for (String required : List.of("name", "type", "environment", "criticality", "ownerGroup")) {
			if (!header.contains(required)) {
				throw ApiException.invalid("file",
						"The CSV header lacks the column " + required
								+ " (columns: key, ref, name, type, environment, location, criticality, ownerGroup,"
								+ " lifecycleStatus, version, attributes, relations).");
			}
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			Map<String, Object> values = new LinkedHashMap<>();
			List<String> cells = lines.get(i);
			for (int c = 0; c < header.size() && c < cells.size(); c++) {
				if (!cells.get(c).isBlank()) {
					values.put(header.get(c), cells.get(c).strip());
				}
			}
			values.computeIfPresent("attributes", (name, text) -> pairs(text.toString()));
			values.computeIfPresent("relations", (name, text) -> relations(text.toString()));
			rows.add(ImportRow.parse(i, values));
		}
		return rows;
	}

	/** {@code os=Debian 12; ip=10.0.0.5} */
	private static Map<String, Object> pairs(String text) {
		Map<String, Object> pairs = new LinkedHashMap<>();
		for (String pair : text.split(";")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				pairs.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
			}
		}
		return pairs;
	}

	/** {@code RUNS_ON CI-00005; DEPENDS_ON orders} */
	private static List<Object> relations(String text) {
		List<Object> relations = new ArrayList<>();
		for (String relation : text.split(";")) {
			String[] parts = relation.strip().split("\\s+", 2);
			if (parts.length == 2) {
				relations.add(Map.of("type", parts[0], "target", parts[1].strip()));
			}
			else if (!relation.isBlank()) {
				relations.add(Map.of("type", relation.strip()));
			}
		}
		return relations;
	}

	/**
	 * What an import did.
	 *
	 * @param created keys of the new items
	 * @param corrected keys of the items that changed
	 * @param relations relations added
	 */
	public record ImportResult(List<String> created, List<String> corrected, int relations) {
	}

	record NewRelation(RelationType type, String target) {
	}

	private record Plan(List<FieldProblem> errors, Map<String, ConfigurationItem> existing) {
	}

	/** One row as read, with what could not be read. */
	record ImportRow(int number, String key, String ref, CiBody body, List<NewRelation> relations,
			Map<String, String> problems) {

		static ImportRow parse(int number, Map<String, Object> values) {
			Map<String, String> problems = new LinkedHashMap<>();
			CiType type = enumOf(CiType.class, values.get("type"), "type", problems);
			Criticality criticality = enumOf(Criticality.class, values.get("criticality"), "criticality", problems);
			LifecycleStatus status = enumOf(LifecycleStatus.class, values.get("lifecycleStatus"), "lifecycleStatus",
					problems);
			Map<String, Object> attributes = new LinkedHashMap<>();
			if (values.get("attributes") instanceof Map<?, ?> map) {
				map.forEach((name, value) -> attributes.put(String.valueOf(name), value));
			}
			else if (values.get("attributes") != null) {
				problems.put("attributes", "must be an object of names and values");
			}
			List<NewRelation> relations = new ArrayList<>();
			if (values.get("relations") instanceof List<?> list) {
				for (int r = 0; r < list.size(); r++) {
					Map<?, ?> relation = (list.get(r) instanceof Map<?, ?> m) ? m : Map.of();
					RelationType relationType = enumOf(RelationType.class, relation.get("type"),
							"relations[" + r + "].type", problems);
					Object target = relation.get("target");
					if (relationType == null || target == null || target.toString().isBlank()) {
						problems.putIfAbsent("relations[" + r + "]", "needs a type (" + names(RelationType.values())
								+ ") and a target (a key, or the ref of a row)");
					}
					else {
						relations.add(new NewRelation(relationType, target.toString().strip()));
					}
				}
			}
			else if (values.get("relations") != null) {
				problems.put("relations", "must be a list of {type, target}");
			}
			CiBody body = new CiBody(text(values.get("name")), type, text(values.get("environment")),
					text(values.get("location")), criticality, text(values.get("ownerGroup")), status,
					text(values.get("version")), attributes);
			String key = text(values.get("key"));
			String ref = text(values.get("ref"));
			if (key == null && ref == null && !relations.isEmpty()) {
				ref = "#" + number;
			}
			return new ImportRow(number, key, ref, body, relations, problems);
		}

		private static String text(Object value) {
			return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
		}

		private static <E extends Enum<E>> E enumOf(Class<E> type, Object value, String field,
				Map<String, String> problems) {
			if (value == null || value.toString().isBlank()) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
			}
			catch (IllegalArgumentException ex) {
				problems.put(field, "'" + value + "' is not one of " + names(type.getEnumConstants()));
				return null;
			}
		}

		private static String names(Enum<?>[] values) {
			return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
		}

	}

}

package io.changeflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI document ({@code api/openapi.json}), used as a test oracle: every
 * JSON response an integration test receives must match the schema the document gives for
 * its operation and status. {@code ApiContractIntegrationTests} keeps the committed
 * document equal to what the server publishes, so a server change that breaks the
 * browser's generated client fails the backend build first.
 */
public final class ApiContract {

	/**
	 * Where the document lives: tests run in the backend module, the benchmark in the
	 * project's root.
	 */
	public static final Path DOCUMENT = Files.exists(Path.of("api", "openapi.json")) ? Path.of("api", "openapi.json")
			: Path.of("..", "api", "openapi.json");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	/** While the document is rewritten from the server, it is no oracle. */
	private static final boolean UPDATING = Boolean.getBoolean("changeflow.contract.update");

	private static volatile ApiContract instance;

	private final JsonNode document;

	private final List<Operation> operations = new ArrayList<>();

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private ApiContract(JsonNode document) {
		this.document = document;
		document.path("paths")
			.fields()
			.forEachRemaining((path) -> path.getValue()
				.fieldNames()
				.forEachRemaining((method) -> this.operations
					.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()))));
		// A literal segment wins over a template: /api/releases/candidates is not {key}.
		this.operations.sort(Comparator.comparingInt(Operation::templates));
	}

	public static ApiContract get() {
		if (instance == null) {
			try {
				instance = new ApiContract(JSON.readTree(Files.readString(DOCUMENT)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	/**
	 * Checks one exchange; throws an {@link AssertionError} naming the operation and each
	 * violation when a JSON response does not match the document. Non-JSON responses and
	 * paths outside {@code /api} are not the contract's business.
	 */
	public void check(String method, URI uri, int status, String contentType, String body) {
		String path = uri.getPath();
		if (UPDATING) {
			return;
		}
		if (!path.startsWith("/api/") || contentType == null || !contentType.contains("json") || body.isBlank()) {
			return;
		}
		Operation operation = this.operations.stream()
			.filter((candidate) -> candidate.matches(method, path))
			.findFirst()
			.orElse(null);
		if (operation == null) {
			if (status < 300) {
				throw new AssertionError(method + " " + path + " answered " + status
						+ " with JSON but is not in api/openapi.json: document it");
			}
			return;
		}
		JsonNode responses = this.document.path("paths")
			.path(operation.template)
			.path(operation.method.toLowerCase(Locale.ROOT))
			.path("responses");
		String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
		if (status < 300 && !responses.has(String.valueOf(status))) {
			throw new AssertionError(operation + " answered " + status + ", which api/openapi.json does not list");
		}
		JsonNode content = responses.path(code).path("content");
		if (content.isMissingNode() || !content.fieldNames().hasNext()) {
			return;
		}
		JsonNode schemaNode = content.path(content.fieldNames().next()).path("schema");
		Schema schema = this.schemas.computeIfAbsent(operation + " " + code, (key) -> compile(schemaNode));
		List<Error> errors = schema.validate(body, InputFormat.JSON);
		if (!errors.isEmpty()) {
			throw new AssertionError(
					operation + " answered " + status + " with a body that breaks api/openapi.json:\n  "
							+ String.join("\n  ", errors.stream().map(Error::toString).toList()) + "\nbody: "
							+ body.substring(0, Math.min(body.length(), 2000)));
		}
	}

	/**
	 * A schema of the document, with its {@code #/components/...} references resolvable.
	 */
	private Schema compile(JsonNode schema) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
		root.set("components", this.document.path("components"));
		root.set("allOf", JSON.createArrayNode().add(schema));
		return SCHEMAS.getSchema(root);
	}

	private record Operation(String method, String template, Pattern pattern) {

		Operation(String method, String template) {
			this(method, template, Pattern.compile(template.replaceAll("\\{[^}/]+}", "[^/]+")));
		}

		boolean matches(String method, String path) {
			return this.method.equals(method) && this.pattern.matcher(path).matches();
		}

		int templates() {
			return (int) this.template.chars().filter((c) -> c == '{').count();
		}

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

}

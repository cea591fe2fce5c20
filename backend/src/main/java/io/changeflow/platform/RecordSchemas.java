package io.changeflow.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.lang.Nullable;

/**
 * Makes the OpenAPI document exact about records, the shapes of every API body. In a
 * response a component is required and never null unless it is marked {@link Nullable};
 * in a request body (a record with Bean Validation constraints) only what is
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} is required. Whatever is not
 * required may be null. The browser's generated types and schemas, and the backend tests
 * that check each response against the document, rely on this: without it every property
 * would be optional and a missing field would go unnoticed.
 */
class RecordSchemas implements ModelConverter {

	private static final String REF_PREFIX = "#/components/schemas/";

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || type.getType() == null) {
			return schema;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		Class<?> raw = javaType.getRawClass();
		if (raw.isRecord()) {
			Schema<?> model = modelOf(schema, context);
			if (model != null && model.getProperties() != null) {
				describe(raw, model);
			}
		}
		return schema;
	}

	private static Schema<?> modelOf(Schema<?> schema, ModelConverterContext context) {
		String ref = schema.get$ref();
		if (ref == null) {
			return schema;
		}
		return context.getDefinedModels().get(ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema<?> model) {
		Map<String, Schema> properties = model.getProperties();
		// A request body says with Bean Validation what a client must send; a response
		// record says with @Nullable what it may leave out.
		boolean requestBody = Arrays.stream(record.getRecordComponents()).anyMatch(RecordSchemas::constrained);
		for (RecordComponent component : record.getRecordComponents()) {
			String name = jsonName(component);
			Schema property = properties.get(name);
			if (property == null) {
				continue;
			}
			boolean required = requestBody ? mandatory(component)
					: !component.getAccessor().isAnnotationPresent(Nullable.class);
			if (required) {
				if (model.getRequired() == null || !model.getRequired().contains(name)) {
					model.addRequiredItem(name);
				}
			}
			else if (property.get$ref() != null) {
				properties.put(name, new Schema<>().oneOf(List.of(property, new Schema<>().types(Set.of("null")))));
			}
			else if (property.getTypes() != null && !property.getTypes().contains("null")) {
				property.addType("null");
			}
			else if (property.getTypes() == null && property.getType() != null) {
				property.addType(property.getType());
				property.addType("null");
			}
		}
	}

	private static boolean constrained(RecordComponent component) {
		return annotations(component)
			.anyMatch((annotation) -> annotation.annotationType().getPackageName().startsWith("jakarta.validation"));
	}

	private static boolean mandatory(RecordComponent component) {
		return component.getType().isPrimitive()
				|| annotations(component).anyMatch((annotation) -> switch (annotation) {
					case NotNull notNull -> always(notNull.groups());
					case NotBlank notBlank -> always(notBlank.groups());
					case NotEmpty notEmpty -> always(notEmpty.groups());
					default -> false;
				});
	}

	/**
	 * A constraint of a validation group (say, only at submission) is not always
	 * required.
	 */
	private static boolean always(Class<?>[] groups) {
		return groups.length == 0 || Arrays.asList(groups).contains(Default.class);
	}

	private static Stream<Annotation> annotations(RecordComponent component) {
		Stream<Annotation> onField = Arrays.stream(component.getDeclaringRecord().getDeclaredFields())
			.filter((field) -> field.getName().equals(component.getName()))
			.flatMap((field) -> Arrays.stream(field.getAnnotations()));
		return Stream.concat(Arrays.stream(component.getAccessor().getAnnotations()), onField);
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		return (renamed != null && !renamed.value().isEmpty()) ? renamed.value() : component.getName();
	}

}

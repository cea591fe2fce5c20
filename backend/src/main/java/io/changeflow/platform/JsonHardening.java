package io.changeflow.platform;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API's JSON refuses beyond the types of its fields, each answered 400 naming
 * the field: NUL characters and lone surrogates in text, dates outside
 * {@link DateRangeModule}'s range, and {@code null} inside arrays ({@code [null]} is
 * never a meaningful list item, and code reading the list would fail on it). Trailing
 * tokens after the body are refused by {@code spring.jackson.deserialization}.
 */
@Configuration(proxyBeanMethods = false)
class JsonHardening {

	/** Boot installs every Module bean into the application's ObjectMapper. */
	@Bean
	DateRangeModule dateRangeModule() {
		return new DateRangeModule();
	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJson() {
		// Lists and sets only: the same mapper reads the engine's job variables, whose
		// maps
		// hold nulls on purpose (a review without a comment).
		JsonSetter.Value noNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return (builder) -> builder.factory(new StrictJsonFactory()).postConfigurer((mapper) -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				mapper.configOverride(type).setSetterInfo(noNullItems);
			}
		});
	}

}

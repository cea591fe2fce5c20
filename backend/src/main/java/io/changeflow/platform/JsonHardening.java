package io.changeflow.platform;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
		return (builder) -> builder.factory(new StrictJsonFactory())
			.postConfigurer(
					(mapper) -> mapper.setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL)));
	}

}

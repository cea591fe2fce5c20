package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Every Bean Validation message of every request record in the app reads as a plain
 * sentence: not "must not be null" but "Enter a title." The field it belongs to is named
 * by the Problem Details around it. Messages that validators build at run time are
 * checked where they are made (the change module's
 * {@code ChangeRequestBodyMessagesTests}).
 */
class ValidationMessagesTests {

	private static ValidatorFactory factory;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@Test
	void everyConstraintOfARequestRecordHasAPlainMessage() {
		List<String> messages = new ArrayList<>();
		for (Class<?> record : requestRecords()) {
			constraints(factory.getValidator().getConstraintsForClass(record))
				.forEach((constraint) -> messages.add("%s @%s: %s".formatted(record.getName(),
						constraint.getAnnotation().annotationType().getSimpleName(), interpolate(constraint))));
		}

		assertThat(messages).as("constraints found").hasSizeGreaterThan(50);
		assertThat(messages).allSatisfy((message) -> {
			String text = message.substring(message.indexOf(": ") + 2);
			assertThat(text).as(message).doesNotContainIgnoringCase("must not").doesNotContain("{", "}");
			assertThat(text).as(message).matches("[A-Z].*[.]");
		});
	}

	private static List<Class<?>> requestRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, readerFactory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
		return scanner.findCandidateComponents("io.changeflow")
			.stream()
			.map((definition) -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
			.filter((type) -> factory.getValidator().getConstraintsForClass(type).isBeanConstrained())
			.<Class<?>>map((type) -> type)
			.toList();
	}

	private static Stream<ConstraintDescriptor<?>> constraints(BeanDescriptor bean) {
		return Stream.concat(bean.getConstraintDescriptors().stream(),
				bean.getConstrainedProperties()
					.stream()
					.flatMap((property) -> Stream.concat(property.getConstraintDescriptors().stream(),
							property.getConstrainedContainerElementTypes()
								.stream()
								.flatMap((element) -> element.getConstraintDescriptors().stream()))));
	}

	private static String interpolate(ConstraintDescriptor<?> constraint) {
		return factory.getMessageInterpolator().interpolate(constraint.getMessageTemplate(), new Context(constraint));
	}

	private record Context(ConstraintDescriptor<?> getConstraintDescriptor) implements MessageInterpolator.Context {

		@Override
		public Object getValidatedValue() {
			return null;
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException();
		}

	}

}

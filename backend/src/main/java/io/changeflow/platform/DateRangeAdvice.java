package io.changeflow.platform;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The date range of {@link DateRangeModule} for dates a field's own deserializer read
 * ({@code @JsonDeserialize(using = ...)} replaces the module's): every request body is
 * walked, records, lists and maps of the app included, and a date outside the accepted
 * years is a 400 naming its field.
 */
@ControllerAdvice
class DateRangeAdvice extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		check(body, "");
		return body;
	}

	private static void check(Object value, String path) {
		Integer year = DateRangeModule.yearOf(value);
		if (year != null) {
			if (year < DateRangeModule.MIN_YEAR || year > DateRangeModule.MAX_YEAR) {
				throw ApiException.invalid(path, "must be a date from year %d to %d".formatted(DateRangeModule.MIN_YEAR,
						DateRangeModule.MAX_YEAR));
			}
		}
		else if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				check(item, path + "[" + index++ + "]");
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> check(item, join(path, String.valueOf(key))));
		}
		else if (value instanceof Record record && record.getClass().getName().startsWith("io.changeflow.")) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				check(read(component, record), join(path, component.getName()));
			}
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}

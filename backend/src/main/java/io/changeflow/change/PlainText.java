package io.changeflow.change;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text people type is shown to other people: no HTML tags, so nothing a careless view
 * could render as markup. A lone {@code <} as in "a < b" is fine.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
@interface PlainText {

	String message() default "{plaintext.html}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * A tag, a closing tag, a comment or a doctype: {@code <b}, {@code </}, {@code <!}.
	 */
	Pattern TAG = Pattern.compile("<[a-zA-Z/!]");

	class Validator implements ConstraintValidator<PlainText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !TAG.matcher(value).find();
		}

	}

}

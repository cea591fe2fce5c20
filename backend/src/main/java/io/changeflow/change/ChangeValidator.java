package io.changeflow.change;

import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.security.UserDirectory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of an RFC that need a lookup: its configuration items exist (and fit its
 * change model), its implementer exists, its change model is active. Bean Validation on
 * {@link ChangeRequestBody} has checked the rest before.
 */
@Component
class ChangeValidator {

	private final CmdbService cmdb;

	private final UserDirectory users;

	private final ChangeModelRepository models;

	private final Validator validation;

	ChangeValidator(CmdbService cmdb, UserDirectory users, ChangeModelRepository models, Validator validation) {
		this.cmdb = cmdb;
		this.users = users;
		this.models = models;
		this.validation = validation;
	}

	/**
	 * Checks an RFC and returns what to store: with a change model, the model's category
	 * and plans replace the ones given.
	 * @throws ApiException 400 naming the field at fault
	 */
	ChangeDetails check(ChangeRequestBody body) {
		ChangeModel model = (body.changeModelId() != null) ? activeModel(body) : null;
		String implementer = blankToNull(body.implementer());
		if (implementer != null && !this.users.exists(implementer)) {
			throw ApiException.invalid("implementer", "No user '%s'".formatted(implementer));
		}
		List<String> cis = affectedCis(body);
		List<String> unknown = this.cmdb.unknownKeys(cis);
		if (!unknown.isEmpty()) {
			throw ApiException.invalid("affectedCis", "Unknown configuration items: " + String.join(", ", unknown));
		}
		if (model != null) {
			requireAllowedTypes(model, cis);
		}
		return new ChangeDetails(body.title().strip(), blankToNull(body.description()),
				blankToNull(body.justification()), (model != null) ? model.category() : body.category(), implementer,
				body.impact(), body.urgency(),
				(model != null) ? model.implementationPlan() : blankToNull(body.implementationPlan()),
				(model != null) ? model.testPlan() : blankToNull(body.testPlan()),
				(model != null) ? model.backoutPlan() : blankToNull(body.backoutPlan()), body.plannedStart(),
				body.plannedEnd(), blankToNull(body.timeZone()), body.emergency(), body.changeModelId());
	}

	/**
	 * Checks that an RFC has everything a submitted one needs; a draft needs only what
	 * Bean Validation checked when it was saved.
	 * @throws ConstraintViolationException 400 naming every field that is missing
	 */
	void requireComplete(ChangeRequestBody body) {
		Set<ConstraintViolation<ChangeRequestBody>> missing = this.validation.validate(body,
				ChangeRequestBody.Submission.class);
		if (!missing.isEmpty()) {
			throw new ConstraintViolationException(missing);
		}
	}

	/** The CI keys as stored: trimmed, each once, in the order given. */
	static List<String> affectedCis(ChangeRequestBody body) {
		return body.affectedCis().stream().map(String::strip).distinct().toList();
	}

	private ChangeModel activeModel(ChangeRequestBody body) {
		return this.models.findById(body.changeModelId())
			.filter(ChangeModel::active)
			.orElseThrow(() -> ApiException.invalid("changeModelId",
					"No active change model '%s'".formatted(body.changeModelId())));
	}

	private void requireAllowedTypes(ChangeModel model, List<String> cis) {
		Set<String> allowed = Set.copyOf(model.allowedCiTypes());
		List<CiView> outside = this.cmdb.find(cis)
			.stream()
			.filter((ci) -> !allowed.contains(ci.type().name()))
			.toList();
		if (!outside.isEmpty()) {
			throw ApiException.invalid("affectedCis",
					"The change model '%s' covers only %s; not %s".formatted(model.name(),
							String.join(", ", model.allowedCiTypes()),
							outside.stream()
								.map((ci) -> "%s (%s, %s)".formatted(ci.key(), ci.name(), ci.type()))
								.collect(Collectors.joining(", "))));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

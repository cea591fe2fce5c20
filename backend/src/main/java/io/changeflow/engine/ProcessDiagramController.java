package io.changeflow.engine;

import io.changeflow.platform.ApiException;
import io.swagger.v3.oas.annotations.Parameter;
import io.changeflow.security.ApiAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN of each process, so change and release pages can draw the live diagram.
 */
@RestController
class ProcessDiagramController {

	private final ProcessModels models;

	ProcessDiagramController(ProcessModels models) {
		this.models = models;
	}

	@Bean
	static ApiAuthorizations processDiagramApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/processes/*/diagram").authenticated();
	}

	@GetMapping("/api/processes/{processId}/diagram")
	ResponseEntity<String> diagram(@PathVariable String processId, @RequestParam(required = false) @Parameter(
			description = "the model version an instance runs (its modelVersion); omitted: the one new instances start on") Integer version) {
		String xml = this.models.diagram(processId, version)
			.orElseThrow(() -> ApiException.notFound("process",
					(version != null) ? processId + " version " + version : processId));
		// A version never changes; which one is current changes with a deployment.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.cacheControl(CacheControl.noCache())
			.body(xml);
	}

}

package io.changeflow.engine;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
	ResponseEntity<String> diagram(@PathVariable String processId) {
		String xml = this.models.diagram(processId).orElseThrow(() -> ApiException.notFound("process", processId));
		// The models ship inside the jar: they change only with a new version of the app.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.cacheControl(CacheControl.noCache())
			.body(xml);
	}

}

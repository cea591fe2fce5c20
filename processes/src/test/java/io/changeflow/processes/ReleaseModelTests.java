package io.changeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the app relies on in release.bpmn beyond its paths: ids it can look up across
 * models, and a recorded step with a release state on every step element.
 */
class ReleaseModelTests {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

	private static final Set<String> STEP_ELEMENTS = Set.of("serviceTask", "userTask", "receiveTask", "scriptTask",
			"subProcess", "endEvent");

	@Test
	void releaseUsesNoIdOfTheChangeRequest() throws Exception {
		Set<String> changeRequest = new HashSet<>(ids(parse("/bpmn/change-request.bpmn")));
		List<String> release = ids(parse("/bpmn/release.bpmn"));

		assertThat(release).contains("build_release", "rollout", "back_out", "release_closed").doesNotHaveDuplicates();
		assertThat(release).filteredOn(changeRequest::contains).isEmpty();
	}

	@Test
	void everyStepIsRecordedWithTheReleaseState() throws Exception {
		NodeList all = parse("/bpmn/release.bpmn").getElementsByTagNameNS(BPMN, "*");
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (STEP_ELEMENTS.contains(element.getLocalName())) {
				steps.add(element.getAttribute("id"));
				assertThat(attribute(element, "executionListener", "type")).as(element.getAttribute("id"))
					.isEqualTo("release-step");
				assertThat(attribute(element, "property", "name")).as(element.getAttribute("id"))
					.isEqualTo("releaseState");
			}
		}
		assertThat(steps).hasSizeGreaterThan(30);
	}

	private static String attribute(Element element, String zeebeElement, String attribute) {
		NodeList found = element.getElementsByTagNameNS(ZEEBE, zeebeElement);
		// the first match belongs to the element itself: its extension elements precede
		// its children
		return (found.getLength() == 0) ? null : ((Element) found.item(0)).getAttribute(attribute);
	}

	private static List<String> ids(Document model) {
		NodeList all = model.getElementsByTagName("*");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			String id = ((Element) all.item(i)).getAttribute("id");
			if (!id.isEmpty()) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static Document parse(String model) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try (InputStream in = ReleaseModelTests.class.getResourceAsStream(model)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

}

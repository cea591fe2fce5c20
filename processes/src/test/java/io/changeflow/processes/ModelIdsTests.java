package io.changeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app finds a BPMN element by its id whichever model it is in, so an id may be used
 * in one model only.
 */
class ModelIdsTests {

	@Test
	void releaseUsesNoIdOfTheChangeRequest() throws Exception {
		Set<String> changeRequest = new HashSet<>(ids("/bpmn/change-request.bpmn"));
		List<String> release = ids("/bpmn/release.bpmn");

		assertThat(release).contains("build_release", "rollout", "back_out", "release_closed").doesNotHaveDuplicates();
		assertThat(release).filteredOn(changeRequest::contains).isEmpty();
	}

	private static List<String> ids(String model) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try (InputStream in = ModelIdsTests.class.getResourceAsStream(model)) {
			NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < all.getLength(); i++) {
				String id = ((Element) all.item(i)).getAttribute("id");
				if (!id.isEmpty()) {
					ids.add(id);
				}
			}
			return ids;
		}
	}

}

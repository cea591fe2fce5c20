package io.changeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The path diagram drawn from the change process's own diagram interchange.
 */
class PathDiagramTests {

	/** What a normal change approved by the CAB records, oldest first. */
	private static final List<String> APPROVED_PATH = List.of("rfc_submitted", "filter_rfc", "classify_change",
			"review_rfc", "determine_cab_policy", "resolve_approvers", "cab_vote", "cab_vote", "check_schedule",
			"ready_for_release", "not_in_the_model");

	@Test
	void drawsOneShapePerFlowNodeAndMarksThePathTaken() throws Exception {
		String bpmn = changeProcess();
		Document svg = parse(PathDiagram.svg(bpmn, APPROVED_PATH, "ready_for_release"));

		Map<String, String> classes = nodeClasses(svg);
		BpmnModelInstance model = Bpmn
			.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
		List<String> flowNodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
		assertThat(classes.keySet()).containsExactlyInAnyOrderElementsOf(flowNodes);

		assertThat(visited(classes))
			.contains("rfc_submitted", "filter_rfc", "review_rfc", "cab_vote", "ready_for_release",
					// passed without a recorded step: found on the route between two that
					// were
					"gateway_filter", "determine_priority", "gateway_route", "gateway_review", "gateway_approval",
					"gateway_cab_outcome", "gateway_approved")
			.doesNotContain("provide_information", "ecab_approval", "change_rejected", "change_vetoed",
					"post_implementation_review", "change_closed");
		assertThat(classes.get("ready_for_release")).contains("current");
		assertThat(takenFlows(svg)).contains("flow_submitted", "flow_filter_passed")
			.doesNotContain("flow_filter_rejected", "flow_filter_needs_information");
	}

	@Test
	void escapesEveryName() throws Exception {
		String bpmn = changeProcess().replace("name=\"Review RFC\"",
				"name=\"Review &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;go&quot;\"");

		String svg = PathDiagram.svg(bpmn, List.of(), null);

		assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
		Document parsed = parse(svg);
		assertThat(parsed.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
	}

	@Test
	void keepsOutCharactersXmlCannotCarry() {
		assertThat(Xml.escape("a\u0000b\u0007c <d> & 'e' \"f\""))
			.isEqualTo("abc &lt;d&gt; &amp; &#39;e&#39; &quot;f&quot;");
	}

	private static String changeProcess() throws IOException {
		try (InputStream in = PathDiagramTests.class.getResourceAsStream("/bpmn/change-request.bpmn")) {
			assertThat(in).as("the change process on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Fails unless the SVG is well-formed XML. */
	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, String> nodeClasses(Document svg) {
		Map<String, String> classes = new TreeMap<>();
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").startsWith("node")) {
				String previous = classes.put(group.getAttribute("data-element-id"), group.getAttribute("class"));
				assertThat(previous).as("one shape for " + group.getAttribute("data-element-id")).isNull();
			}
		}
		return classes;
	}

	private static List<String> visited(Map<String, String> classes) {
		return classes.entrySet()
			.stream()
			.filter((entry) -> List.of(entry.getValue().split(" ")).contains("visited"))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<String> takenFlows(Document svg) {
		List<String> flows = new ArrayList<>();
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals("flow visited")) {
				flows.add(group.getAttribute("data-flow-id"));
			}
		}
		return flows;
	}

}

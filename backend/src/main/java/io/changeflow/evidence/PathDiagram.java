package io.changeflow.evidence;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a BPMN model as a plain SVG from its diagram interchange (shape bounds, edge
 * waypoints), marking the elements a change went through and the flows between them. An
 * auditor's evidence must not depend on a browser library, so the server draws it: events
 * are circles, gateways diamonds, tasks rounded rectangles, flows polylines with their
 * labels.
 */
final class PathDiagram {

	private static final double MARGIN = 20;

	private static final int CHARS_PER_LINE = 16;

	private static final String STYLE = """
			.node rect, .node circle, .node polygon { fill: #fff; stroke: #495057; stroke-width: 1.5; }
			.node.end circle { stroke-width: 3.5; }
			.node.subprocess rect { fill: none; stroke-dasharray: 6 4; }
			.node.visited rect, .node.visited circle, .node.visited polygon { fill: #e7f5ff; stroke: #1864ab; stroke-width: 2.5; }
			.node.visited.end circle { stroke-width: 4; }
			.node.current rect, .node.current circle, .node.current polygon { stroke: #e8590c; stroke-width: 3; }
			.flow polyline { fill: none; stroke: #adb5bd; stroke-width: 1.5; marker-end: url(#arrow); }
			.flow.visited polyline { stroke: #1864ab; stroke-width: 2.5; marker-end: url(#arrow-visited); }
			text { font-family: Arial, Helvetica, sans-serif; font-size: 12px; fill: #212529; }
			.flow text { font-size: 11px; fill: #495057; }
			.gateway-mark { font-size: 20px; font-weight: bold; }
			""";

	private PathDiagram() {
	}

	/**
	 * The diagram of a model with a path marked.
	 * @param bpmnXml the BPMN XML, with diagram interchange
	 * @param path the ids of the elements the process recorded, oldest first
	 * @param current the element the process waits in now, or null
	 * @return a standalone SVG document
	 */
	static String svg(String bpmnXml, List<String> path, String current) {
		BpmnModelInstance model = read(bpmnXml);
		Marks marks = marks(model, path);
		List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
		List<BpmnEdge> edges = new ArrayList<>(model.getModelElementsByType(BpmnEdge.class));
		Box box = Box.of(shapes, edges);
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"")
			.append(n(box.minX - MARGIN))
			.append(' ')
			.append(n(box.minY - MARGIN))
			.append(' ')
			.append(n(box.maxX - box.minX + 2 * MARGIN))
			.append(' ')
			.append(n(box.maxY - box.minY + 2 * MARGIN))
			.append("\" width=\"")
			.append(n(box.maxX - box.minX + 2 * MARGIN))
			.append("\" height=\"")
			.append(n(box.maxY - box.minY + 2 * MARGIN))
			.append("\" role=\"img\">\n")
			.append("<title>Process path</title>\n")
			.append("<style>")
			.append(STYLE)
			.append("</style>\n")
			.append("<defs>")
			.append(arrow("arrow", "#adb5bd"))
			.append(arrow("arrow-visited", "#1864ab"))
			.append("</defs>\n");
		// Back to front: subprocesses, then flows, then the nodes, boundary events on
		// top.
		shapes.stream()
			.filter((shape) -> shape.getBpmnElement() instanceof SubProcess)
			.forEach((shape) -> node(svg, shape, marks.nodes(), current));
		edges.forEach((edge) -> flow(svg, edge, marks.flows()));
		shapes.stream()
			.filter((shape) -> shape.getBpmnElement() instanceof FlowNode
					&& !(shape.getBpmnElement() instanceof SubProcess)
					&& !(shape.getBpmnElement() instanceof BoundaryEvent))
			.forEach((shape) -> node(svg, shape, marks.nodes(), current));
		shapes.stream()
			.filter((shape) -> shape.getBpmnElement() instanceof BoundaryEvent)
			.forEach((shape) -> node(svg, shape, marks.nodes(), current));
		return svg.append("</svg>\n").toString();
	}

	/**
	 * The flow nodes of a model.
	 * @param bpmnXml the BPMN XML
	 * @return the ids of its events, gateways, tasks and subprocesses
	 */
	static Set<String> flowNodeIds(String bpmnXml) {
		return Set.copyOf(read(bpmnXml).getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
	}

	private static BpmnModelInstance read(String bpmnXml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * What a path marks: its elements, and between each two consecutive ones the shortest
	 * route through the model (the gateways and decisions the process passes without
	 * recording a step, and the flows it took). Ids the model does not know are ignored.
	 * @param model the model
	 * @param path the recorded element ids, oldest first
	 * @return the marked elements and flows
	 */
	static Marks marks(BpmnModelInstance model, List<String> path) {
		Map<String, FlowNode> nodes = new HashMap<>();
		model.getModelElementsByType(FlowNode.class).forEach((node) -> nodes.put(node.getId(), node));
		Map<String, List<BoundaryEvent>> boundaries = new HashMap<>();
		model.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.filter((boundary) -> boundary.getAttachedTo() != null)
			.forEach((boundary) -> boundaries
				.computeIfAbsent(boundary.getAttachedTo().getId(), (id) -> new ArrayList<>())
				.add(boundary));
		List<String> known = path.stream().filter(nodes::containsKey).toList();
		Set<String> markedNodes = new LinkedHashSet<>(known);
		Set<String> markedFlows = new LinkedHashSet<>();
		for (int i = 1; i < known.size(); i++) {
			if (!known.get(i - 1).equals(known.get(i))) {
				route(nodes.get(known.get(i - 1)), known.get(i), boundaries, markedNodes, markedFlows);
			}
		}
		return new Marks(markedNodes, markedFlows);
	}

	/** Breadth first from one element to the next; marks the route found, if any. */
	private static void route(FlowNode from, String to, Map<String, List<BoundaryEvent>> boundaries,
			Set<String> markedNodes, Set<String> markedFlows) {
		Map<String, Step> cameFrom = new HashMap<>();
		Deque<FlowNode> queue = new ArrayDeque<>(List.of(from));
		cameFrom.put(from.getId(), null);
		while (!queue.isEmpty()) {
			FlowNode node = queue.poll();
			if (node.getId().equals(to)) {
				for (Step step = cameFrom.get(to); step != null; step = cameFrom.get(step.previous())) {
					markedNodes.add(step.previous());
					if (step.flow() != null) {
						markedFlows.add(step.flow());
					}
				}
				return;
			}
			for (SequenceFlow flow : node.getOutgoing()) {
				if (!cameFrom.containsKey(flow.getTarget().getId())) {
					cameFrom.put(flow.getTarget().getId(), new Step(node.getId(), flow.getId()));
					queue.add(flow.getTarget());
				}
			}
			for (BoundaryEvent boundary : boundaries.getOrDefault(node.getId(), List.of())) {
				if (!cameFrom.containsKey(boundary.getId())) {
					cameFrom.put(boundary.getId(), new Step(node.getId(), null));
					queue.add(boundary);
				}
			}
		}
	}

	/**
	 * Elements and flows a path marks.
	 *
	 * @param nodes element ids
	 * @param flows sequence flow ids
	 */
	record Marks(Set<String> nodes, Set<String> flows) {
	}

	private record Step(String previous, String flow) {
	}

	private static String arrow(String id, String colour) {
		return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
				+ " markerHeight=\"7\" orient=\"auto\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"" + colour
				+ "\"/></marker>";
	}

	private static void node(StringBuilder svg, BpmnShape shape, Set<String> visited, String current) {
		BaseElement element = shape.getBpmnElement();
		Bounds b = shape.getBounds();
		if (b == null) {
			return;
		}
		double x = b.getX();
		double y = b.getY();
		double w = b.getWidth();
		double h = b.getHeight();
		String kind = kind(element);
		String name = (element instanceof FlowNode flowNode && flowNode.getName() != null) ? flowNode.getName() : "";
		svg.append("<g class=\"node ")
			.append(kind)
			.append(visited.contains(element.getId()) ? " visited" : "")
			.append(element.getId().equals(current) ? " current" : "")
			.append("\" data-element-id=\"")
			.append(Xml.escape(element.getId()))
			.append("\"><title>")
			.append(Xml.escape(name.isBlank() ? element.getId() : name.replace('\n', ' ')))
			.append("</title>");
		switch (kind) {
			case "start", "end", "boundary" -> {
				svg.append(circle(x + w / 2, y + h / 2, w / 2));
				if (kind.equals("boundary")) {
					svg.append(circle(x + w / 2, y + h / 2, w / 2 - 3));
				}
				label(svg, shape, name, x + w / 2, y + h + 14);
			}
			case "gateway" -> {
				svg.append("<polygon points=\"")
					.append(n(x + w / 2))
					.append(',')
					.append(n(y))
					.append(' ')
					.append(n(x + w))
					.append(',')
					.append(n(y + h / 2))
					.append(' ')
					.append(n(x + w / 2))
					.append(',')
					.append(n(y + h))
					.append(' ')
					.append(n(x))
					.append(',')
					.append(n(y + h / 2))
					.append("\"/>")
					.append(text(x + w / 2, y + h / 2 + 7, "gateway-mark", List.of("X")));
				label(svg, shape, name, x + w / 2, y + h + 14);
			}
			case "subprocess" -> svg.append(rect(x, y, w, h)).append(text(x + w / 2, y + 18, null, List.of(name)));
			default -> {
				svg.append(rect(x, y, w, h));
				List<String> lines = lines(name);
				double top = y + h / 2 - (lines.size() - 1) * 7.5 + 4;
				svg.append(text(x + w / 2, top, null, lines));
			}
		}
		svg.append("</g>\n");
	}

	/** An event's or gateway's name below it, where the model put its label. */
	private static void label(StringBuilder svg, BpmnShape shape, String name, double cx, double top) {
		if (name.isBlank()) {
			return;
		}
		double x = cx;
		double y = top;
		if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
			Bounds label = shape.getBpmnLabel().getBounds();
			x = label.getX() + label.getWidth() / 2;
			y = label.getY() + 11;
		}
		svg.append(text(x, y, null, lines(name)));
	}

	private static void flow(StringBuilder svg, BpmnEdge edge, Set<String> takenFlows) {
		if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
			return;
		}
		boolean taken = takenFlows.contains(flow.getId());
		svg.append("<g class=\"flow")
			.append(taken ? " visited" : "")
			.append("\" data-flow-id=\"")
			.append(Xml.escape(flow.getId()))
			.append("\"><polyline points=\"");
		List<String> points = new ArrayList<>();
		for (Waypoint point : edge.getWaypoints()) {
			points.add(n(point.getX()) + "," + n(point.getY()));
		}
		svg.append(String.join(" ", points)).append("\"/>");
		if (flow.getName() != null && !flow.getName().isBlank()) {
			double x;
			double y;
			if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
				Bounds label = edge.getBpmnLabel().getBounds();
				x = label.getX() + label.getWidth() / 2;
				y = label.getY() + 11;
			}
			else {
				Waypoint first = edge.getWaypoints().iterator().next();
				x = first.getX() + 12;
				y = first.getY() - 6;
			}
			svg.append(text(x, y, null, List.of(flow.getName().replace('\n', ' '))));
		}
		svg.append("</g>\n");
	}

	private static String kind(BaseElement element) {
		if (element instanceof BoundaryEvent) {
			return "boundary";
		}
		if (element instanceof StartEvent) {
			return "start";
		}
		if (element instanceof EndEvent) {
			return "end";
		}
		if (element instanceof io.camunda.zeebe.model.bpmn.instance.Event) {
			return "boundary";
		}
		if (element instanceof Gateway) {
			return "gateway";
		}
		if (element instanceof SubProcess) {
			return "subprocess";
		}
		return "task";
	}

	private static String circle(double cx, double cy, double r) {
		return "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\"/>";
	}

	private static String rect(double x, double y, double w, double h) {
		return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h)
				+ "\" rx=\"10\" ry=\"10\"/>";
	}

	private static String text(double x, double y, String cssClass, List<String> lines) {
		StringBuilder text = new StringBuilder("<text x=\"").append(n(x))
			.append("\" y=\"")
			.append(n(y))
			.append("\" text-anchor=\"middle\"");
		if (cssClass != null) {
			text.append(" class=\"").append(cssClass).append('"');
		}
		text.append('>');
		for (int i = 0; i < lines.size(); i++) {
			text.append("<tspan x=\"")
				.append(n(x))
				.append("\" dy=\"")
				.append((i == 0) ? "0" : "15")
				.append("\">")
				.append(Xml.escape(lines.get(i)))
				.append("</tspan>");
		}
		return text.append("</text>").toString();
	}

	/** Breaks a name into short lines at spaces (SVG text does not wrap by itself). */
	static List<String> lines(String name) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : name.replace('\n', ' ').trim().split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS_PER_LINE) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** A coordinate without locale-dependent separators or needless decimals. */
	private static String n(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** The extent of everything drawn. */
	private record Box(double minX, double minY, double maxX, double maxY) {

		static Box of(List<BpmnShape> shapes, List<BpmnEdge> edges) {
			double minX = Double.MAX_VALUE;
			double minY = Double.MAX_VALUE;
			double maxX = -Double.MAX_VALUE;
			double maxY = -Double.MAX_VALUE;
			List<Bounds> all = new ArrayList<>();
			for (BpmnShape shape : shapes) {
				if (shape.getBounds() != null) {
					all.add(shape.getBounds());
				}
				if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
					all.add(shape.getBpmnLabel().getBounds());
				}
			}
			for (Bounds b : all) {
				minX = Math.min(minX, b.getX());
				minY = Math.min(minY, b.getY());
				maxX = Math.max(maxX, b.getX() + b.getWidth());
				maxY = Math.max(maxY, b.getY() + b.getHeight());
			}
			for (BpmnEdge edge : edges) {
				for (Waypoint point : edge.getWaypoints()) {
					minX = Math.min(minX, point.getX());
					minY = Math.min(minY, point.getY());
					maxX = Math.max(maxX, point.getX());
					maxY = Math.max(maxY, point.getY());
				}
			}
			if (minX > maxX) {
				return new Box(0, 0, 100, 100);
			}
			return new Box(minX, minY, maxX, maxY);
		}

	}

}

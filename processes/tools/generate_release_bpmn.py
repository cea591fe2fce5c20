#!/usr/bin/env python3
"""Writes processes/src/main/resources/bpmn/release.bpmn: the release process with its diagram.

The .bpmn file is what the build deploys and what people see in the UI; this script only keeps
the semantic part and the diagram (shapes, edges, waypoints) in step while the layout is
computed from a few coordinates. Run it from the repository root after editing:

    python3 processes/tools/generate_release_bpmn.py

Element ids, job types, message names and variables are the release contract
(/work/briefs/release-contract.md); labels are for people.
"""
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/bpmn/release.bpmn"

SIZES = {"task": (100, 80), "gateway": (50, 50), "event": (36, 36)}

# The timer of every execution wait: the variable, or one hour when the app did not set it.
EXECUTION_TIMEOUT = '=if executionTimeout = null then "PT1H" else executionTimeout'
SUCCEEDED = '=executionStatus = "SUCCEEDED"'
# Every artifact of the release came back from the deployment with the same name and sha256.
# "= true" turns a null (no deployed list) into false rather than an incident.
CHECKSUMS_MATCH = ('=(every a in artifacts satisfies some d in (if executionResult.deployed = null then []'
                   ' else executionResult.deployed) satisfies d.name = a.name and d.sha256 = a.sha256) = true')

nodes = {}  # id -> dict
order = []  # ids in document order, per container
flows = []


def node(id, kind, name, cx, cy, parent=None, **extra):
    n = dict(id=id, kind=kind, name=name, cx=cx, cy=cy, parent=parent, **extra)
    shape = extra.get("shape") or ("gateway" if kind == "exclusiveGateway" else
                                   "event" if kind in ("startEvent", "endEvent", "boundaryEvent") else "task")
    w, h = extra.get("size") or SIZES[shape]
    n.update(shape=shape, x=cx - w // 2, y=cy - h // 2, w=w, h=h)
    nodes[id] = n
    order.append(id)
    return n


def flow(id, source, target, name=None, condition=None, route=None, label=None):
    flows.append(dict(id=id, source=source, target=target, name=name, condition=condition, route=route,
                      label=label))


def step(state):
    """A step the app records: the release-step start listener and the state it puts the release in."""
    return dict(listener=True, state=state)


# ---------------------------------------------------------------- row 1: build, test, approve
ROW1 = 140
FAIL1 = 270
node("release_started", "startEvent", "Release built", 70, ROW1)
node("build_release", "serviceTask", "Build release", 170, ROW1, job="build-release", **step("BUILDING"))
node("build_finished", "receiveTask", "Build finished", 320, ROW1, **step("BUILDING"))
node("gateway_build", "exclusiveGateway", "Build succeeded?", 450, ROW1, default="flow_build_failed")
node("build_failed", "endEvent", "Build failed", 450, FAIL1, **step("FAILED"))
node("test_release", "serviceTask", "Test release", 560, ROW1, job="test-release", **step("TESTING"))
node("test_finished", "receiveTask", "Tests finished", 710, ROW1, **step("TESTING"))
node("gateway_tests", "exclusiveGateway", "Tests passed?", 840, ROW1, default="flow_tests_failed")
node("tests_failed", "endEvent", "Tests failed", 840, FAIL1, **step("FAILED"))
node("accept_release", "userTask", "Accept release", 950, ROW1, **step("AWAITING_ACCEPTANCE"),
     form="changeflow:accept-release", groups="=[acceptorRole]",
     inputs=[("=null", "decision"), ("=null", "comment")],
     loop=dict(sequential=False, collection='=["RELEASE_ENGINEER","CHANGE_MANAGER"]', element="acceptorRole",
               output="acceptances", outputElement="=decision",
               completion='=some a in acceptances satisfies a = "reject"'))
node("gateway_acceptance", "exclusiveGateway", "Accepted by both?", 1080, ROW1, default="flow_acceptance_rejected")
node("release_rejected", "endEvent", "Release rejected", 1080, FAIL1, **step("REJECTED"))
node("review_rollout_plan", "userTask", "Review rollout plan", 1190, ROW1, **step("PLAN_REVIEW"),
     form="changeflow:review-rollout-plan", groups="CHANGE_MANAGER",
     inputs=[("=null", "decision"), ("=null", "comment")],
     outputs=[("=decision", "planDecision"), ("=comment", "planComment")])
node("gateway_rollout_plan", "exclusiveGateway", "Plan approved?", 1320, ROW1, default="flow_plan_rejected")
node("rollout_plan_rejected", "endEvent", "Rollout plan rejected", 1320, FAIL1, **step("REJECTED"))
node("start_rollout", "userTask", "Start rollout", 1430, ROW1, **step("READY_TO_ROLL_OUT"),
     form="changeflow:start-rollout", groups="RELEASE_ENGINEER",
     inputs=[("=null", "decision"), ("=null", "comment")])

flow("flow_release_started", "release_started", "build_release")
flow("flow_build_started", "build_release", "build_finished")
flow("flow_build_finished", "build_finished", "gateway_build")
flow("flow_build_succeeded", "gateway_build", "test_release", "yes", SUCCEEDED)
flow("flow_build_failed", "gateway_build", "build_failed", "no")
flow("flow_tests_started", "test_release", "test_finished")
flow("flow_tests_finished", "test_finished", "gateway_tests")
flow("flow_tests_passed", "gateway_tests", "accept_release", "yes", SUCCEEDED)
flow("flow_tests_failed", "gateway_tests", "tests_failed", "no")
flow("flow_acceptance_done", "accept_release", "gateway_acceptance")
flow("flow_acceptance_accepted", "gateway_acceptance", "review_rollout_plan", "yes",
     '=every a in acceptances satisfies a = "accept"')
flow("flow_acceptance_rejected", "gateway_acceptance", "release_rejected", "no")
flow("flow_plan_reviewed", "review_rollout_plan", "gateway_rollout_plan")
flow("flow_plan_approved", "gateway_rollout_plan", "start_rollout", "yes", '=planDecision = "approve"')
flow("flow_plan_rejected", "gateway_rollout_plan", "rollout_plan_rejected", "no")
flow("flow_rollout_started", "start_rollout", "rollout", route="down")

# ---------------------------------------------------------------- row 2: the waves
ROW2 = 540
FAIL2 = 640
node("rollout", "subProcess", "Roll out waves", 935, ROW2, shape="task", size=(1560, 320), **step("ROLLING_OUT"),
     loop=dict(sequential=True, collection="=waves", element="wave"))
node("wave_started", "startEvent", "Wave", 210, ROW2, parent="rollout")
node("deploy_wave", "serviceTask", "Deploy wave", 310, ROW2, parent="rollout", job="deploy-wave",
     **step("ROLLING_OUT"))
node("deploy_finished", "receiveTask", "Deployment finished", 460, ROW2, parent="rollout", **step("ROLLING_OUT"))
node("gateway_deploy", "exclusiveGateway", "Deployed?", 590, ROW2, parent="rollout", default="flow_deploy_failed")
node("wave_deploy_failed", "endEvent", "Deployment failed", 590, FAIL2, parent="rollout", error="wave_failed",
     **step("ROLLING_OUT"))
node("record_deployed_wave", "scriptTask", "Record deployed wave", 700, ROW2, parent="rollout",
     script=("=append(if deployedWaves = null then [] else deployedWaves, wave)", "deployedWaves"),
     **step("ROLLING_OUT"))
node("gateway_checksum", "exclusiveGateway", "Checksums match?", 830, ROW2, parent="rollout",
     default="flow_checksum_mismatch")
node("checksum_refused", "endEvent", "Checksum mismatch", 830, FAIL2, parent="rollout", error="checksum_mismatch",
     **step("ROLLING_OUT"))
node("verify_wave", "serviceTask", "Verify wave", 940, ROW2, parent="rollout", job="verify-wave",
     **step("ROLLING_OUT"))
node("verify_finished", "receiveTask", "Verification finished", 1090, ROW2, parent="rollout",
     **step("ROLLING_OUT"))
node("gateway_verify", "exclusiveGateway", "Healthy?", 1220, ROW2, parent="rollout", default="flow_verify_failed")
node("wave_unhealthy", "endEvent", "Verification failed", 1220, FAIL2, parent="rollout",
     error="verification_failed", **step("ROLLING_OUT"))
node("gateway_manual_gate", "exclusiveGateway", "Manual gate?", 1320, ROW2, parent="rollout",
     default="flow_no_gate", label_below=True)
node("go_no_go", "userTask", "Go / no-go", 1430, ROW2, parent="rollout", **step("ROLLING_OUT"),
     form="changeflow:go-no-go", groups="RELEASE_ENGINEER",
     inputs=[("=null", "decision"), ("=null", "comment")],
     outputs=[("=decision", "gateDecision"), ("=comment", "gateComment")])
node("gateway_go", "exclusiveGateway", "Go?", 1560, ROW2, parent="rollout", default="flow_no_go")
node("wave_stopped", "endEvent", "Rollout stopped", 1560, FAIL2, parent="rollout", error="rollout_stopped",
     **step("ROLLING_OUT"))
node("wave_done", "endEvent", "Wave done", 1660, ROW2, parent="rollout", **step("ROLLING_OUT"))

flow("flow_wave_started", "wave_started", "deploy_wave")
flow("flow_deploy_started", "deploy_wave", "deploy_finished")
flow("flow_deploy_finished", "deploy_finished", "gateway_deploy")
flow("flow_deploy_succeeded", "gateway_deploy", "record_deployed_wave", "yes", SUCCEEDED)
flow("flow_deploy_failed", "gateway_deploy", "wave_deploy_failed", "no")
flow("flow_wave_recorded", "record_deployed_wave", "gateway_checksum")
flow("flow_checksum_match", "gateway_checksum", "verify_wave", "yes", CHECKSUMS_MATCH)
flow("flow_checksum_mismatch", "gateway_checksum", "checksum_refused", "no")
flow("flow_verify_started", "verify_wave", "verify_finished")
flow("flow_verify_finished", "verify_finished", "gateway_verify")
flow("flow_verify_succeeded", "gateway_verify", "gateway_manual_gate", "yes", SUCCEEDED)
flow("flow_verify_failed", "gateway_verify", "wave_unhealthy", "no")
flow("flow_gate", "gateway_manual_gate", "go_no_go", "yes",
     "=wave.manualGate = true and loopCounter < count(waves)")
flow("flow_no_gate", "gateway_manual_gate", "wave_done", "no", route="over")
flow("flow_gate_decided", "go_no_go", "gateway_go")
flow("flow_go", "gateway_go", "wave_done", "yes", '=gateDecision = "go"')
flow("flow_no_go", "gateway_go", "wave_stopped", "no")

# ---------------------------------------------------------------- success: after the last wave
node("update_cmdb", "serviceTask", "Update CMDB", 1790, ROW2, job="update-cmdb", **step("UPDATING_CMDB"))
node("report_implemented", "serviceTask", "Report changes implemented", 1940, ROW2, job="report-implemented",
     **step("UPDATING_CMDB"))
node("communicate_release", "serviceTask", "Communicate release", 2090, ROW2, job="communicate-release",
     headers=[("outcome", "implemented")], **step("UPDATING_CMDB"))
node("release_closed", "endEvent", "Release closed", 2210, ROW2, **step("CLOSED"))
flow("flow_rolled_out", "rollout", "update_cmdb")
flow("flow_cmdb_updated", "update_cmdb", "report_implemented")
flow("flow_implemented_reported", "report_implemented", "communicate_release")
flow("flow_release_communicated", "communicate_release", "release_closed")

# ---------------------------------------------------------------- row 3: backout
ROW3 = 860
node("back_out", "subProcess", "Back out deployed waves", 415, ROW3, shape="task", size=(490, 210),
     **step("BACKING_OUT"), loop=dict(sequential=True, collection="=reverse(if deployedWaves = null then [] else deployedWaves)",
                                      element="wave"))
node("backout_started", "startEvent", "Deployed wave", 220, ROW3, parent="back_out")
node("backout_wave", "serviceTask", "Back out wave", 320, ROW3, parent="back_out", job="backout-wave",
     **step("BACKING_OUT"))
node("backout_finished", "receiveTask", "Backout finished", 480, ROW3, parent="back_out", **step("BACKING_OUT"))
node("wave_backed_out", "endEvent", "Wave backed out", 610, ROW3, parent="back_out", label_above=True,
     **step("BACKING_OUT"))
flow("flow_backout_started", "backout_started", "backout_wave")
flow("flow_backout_requested_wave", "backout_wave", "backout_finished")
flow("flow_backout_finished", "backout_finished", "wave_backed_out")

node("report_backed_out", "serviceTask", "Report changes backed out", 790, ROW3, job="report-backed-out",
     **step("BACKING_OUT"))
node("communicate_backout", "serviceTask", "Communicate backout", 940, ROW3, job="communicate-release",
     headers=[("outcome", "backed_out")], **step("BACKING_OUT"))
node("release_backed_out", "endEvent", "Release backed out", 1070, ROW3, **step("BACKED_OUT"))
flow("flow_waves_backed_out", "back_out", "report_backed_out")
flow("flow_backout_reported", "report_backed_out", "communicate_backout")
flow("flow_backout_communicated", "communicate_backout", "release_backed_out")

# ---------------------------------------------------------------- boundary events
TIMEOUT_OUTPUTS = [('="FAILED"', "executionStatus"),
                   ('={reason: "no result within " + string(if executionTimeout = null then "PT1H" else executionTimeout)}',
                    "executionResult")]


def timeout(id, host, name, target, parent=None, route="down-right"):
    """A wait that got no result in time counts as a failed execution."""
    h = nodes[host]
    node(id, "boundaryEvent", name, h["x"] + h["w"] - 20, h["y"] + h["h"], parent=parent, attachedTo=host,
         timer=EXECUTION_TIMEOUT, outputs=TIMEOUT_OUTPUTS, label_left=route == "under")
    flow("flow_" + id, id, target, route=route)


timeout("build_timed_out", "build_finished", "No result in time", "build_failed")
timeout("test_timed_out", "test_finished", "No result in time", "tests_failed")
timeout("deploy_timed_out", "deploy_finished", "No result in time", "wave_deploy_failed", parent="rollout")
timeout("verify_timed_out", "verify_finished", "No result in time", "wave_unhealthy", parent="rollout")
timeout("backout_timed_out", "backout_finished", "No result in time", "wave_backed_out", parent="back_out",
        route="under")

# Zeebe 8.8 has no errorCodeVariable and a catch-all error event cannot see the code, so each
# failure of a wave has its own boundary event that names it in rolloutError.
r = nodes["rollout"]
for i, (code, name) in enumerate([("wave_failed", "Deployment failed"), ("checksum_mismatch", "Checksum mismatch"),
                                  ("verification_failed", "Verification failed"),
                                  ("rollout_stopped", "Rollout stopped")]):
    node(code, "boundaryEvent", name, 230 + 100 * i, r["y"] + r["h"], attachedTo="rollout", error=code,
         outputs=[(f'="{code}"', "rolloutError")])
    flow(f"flow_{code}_to_back_out", code, "back_out", route="down")
node("back_out_requested", "boundaryEvent", "Back out requested", 630, r["y"] + r["h"], attachedTo="rollout",
     message="message_release_back_out")
flow("flow_back_out_requested", "back_out_requested", "back_out", route="down")

MESSAGES = [("message_execution_finished", "execution_finished", "=executionId"),
            ("message_release_back_out", "release_back_out", "=releaseKey")]
ERRORS = ["wave_failed", "checksum_mismatch", "verification_failed", "rollout_stopped"]


# ---------------------------------------------------------------- routing
def right(n): return (n["x"] + n["w"], n["cy"])
def left(n): return (n["x"], n["cy"])
def top(n): return (n["cx"], n["y"])
def bottom(n): return (n["cx"], n["y"] + n["h"])


def waypoints(f):
    s, t = nodes[f["source"]], nodes[f["target"]]
    route = f["route"]
    if route == "down":  # straight down from the source into the top of the target
        return [bottom(s), (s["cx"], t["y"])]
    if route == "over":  # above the row, into the top of the target
        lift = s["y"] - 40
        return [top(s), (s["cx"], lift), (t["cx"], lift), top(t)]
    if route == "under":  # below the row, up into the bottom of the target
        low = s["y"] + s["h"] + 14
        return [bottom(s), (s["cx"], low), (t["cx"], low), bottom(t)]
    if route == "down-right":  # boundary timer: down to the target's row, then right into it
        return [bottom(s), (s["cx"], t["cy"]), left(t)]
    if s["cy"] == t["cy"]:
        return [right(s), left(t)]
    if t["cy"] > s["cy"]:  # a branch below the main line
        if abs(s["cx"] - t["cx"]) < 2:
            return [bottom(s), top(t)]
        return [bottom(s), (s["cx"], t["cy"]), left(t)]
    raise ValueError("no route for " + f["id"])


# ---------------------------------------------------------------- XML
def q(value):
    """An attribute value in double quotes, as the modeler writes it."""
    return quoteattr(value, {'"': "&quot;"})


def attrs(**kv):
    return "".join(f" {k}={q(str(v))}" for k, v in kv.items() if v is not None)


def extension(n):
    parts = []
    if "job" in n:
        parts.append(f'<zeebe:taskDefinition type="{n["job"]}" />')
    if "groups" in n:
        parts.append(f'<zeebe:assignmentDefinition candidateGroups={q(n["groups"])} />')
    if "form" in n:
        parts.append(f'<zeebe:formDefinition formKey="{n["form"]}" />')
    if "script" in n:
        parts.append(f'<zeebe:script expression={q(n["script"][0])} resultVariable="{n["script"][1]}" />')
    if "headers" in n:
        parts.append("<zeebe:taskHeaders>" + "".join(
            f'<zeebe:header key="{k}" value="{v}" />' for k, v in n["headers"]) + "</zeebe:taskHeaders>")
    if n.get("inputs") or n.get("outputs"):
        parts.append("<zeebe:ioMapping>" + "".join(
            f"<zeebe:input source={q(s)} target=\"{t}\" />" for s, t in n.get("inputs", [])) + "".join(
            f"<zeebe:output source={q(s)} target=\"{t}\" />" for s, t in n.get("outputs", []))
            + "</zeebe:ioMapping>")
    if n.get("listener"):
        parts.append('<zeebe:executionListeners><zeebe:executionListener eventType="start" type="release-step" />'
                     "</zeebe:executionListeners>")
    if n.get("state"):
        parts.append(f'<zeebe:properties><zeebe:property name="releaseState" value="{n["state"]}" />'
                     "</zeebe:properties>")
    return parts


def element_xml(n, indent):
    pad = " " * indent
    inner = " " * (indent + 2)
    lines = []
    extra = {}
    if n["kind"] == "receiveTask":
        extra["messageRef"] = "message_execution_finished"
    if n["kind"] == "exclusiveGateway":
        extra["default"] = n["default"]
    if n["kind"] == "boundaryEvent":
        extra["attachedToRef"] = n["attachedTo"]
    lines.append(f"{pad}<bpmn:{n['kind']}{attrs(id=n['id'], name=n['name'], **extra)}>")
    ext = extension(n)
    if ext:
        lines.append(f"{inner}<bpmn:extensionElements>")
        lines += [f"{inner}  {p}" for p in ext]
        lines.append(f"{inner}</bpmn:extensionElements>")
    for f in flows:
        if f["target"] == n["id"]:
            lines.append(f"{inner}<bpmn:incoming>{f['id']}</bpmn:incoming>")
    for f in flows:
        if f["source"] == n["id"]:
            lines.append(f"{inner}<bpmn:outgoing>{f['id']}</bpmn:outgoing>")
    if "loop" in n:
        loop = n["loop"]
        lines.append(f"{inner}<bpmn:multiInstanceLoopCharacteristics"
                     + (' isSequential="true"' if loop["sequential"] else "") + ">")
        lines.append(f"{inner}  <bpmn:extensionElements>")
        lines.append(f"{inner}    <zeebe:loopCharacteristics" + attrs(
            inputCollection=loop["collection"], inputElement=loop["element"], outputCollection=loop.get("output"),
            outputElement=loop.get("outputElement")) + " />")
        lines.append(f"{inner}  </bpmn:extensionElements>")
        if "completion" in loop:
            lines.append(f'{inner}  <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">'
                         f"{escape(loop['completion'])}</bpmn:completionCondition>")
        lines.append(f"{inner}</bpmn:multiInstanceLoopCharacteristics>")
    if "error" in n:
        lines.append(f'{inner}<bpmn:errorEventDefinition id="{n["id"]}_definition" errorRef="error_{n["error"]}" />')
    if "message" in n:
        lines.append(f'{inner}<bpmn:messageEventDefinition id="{n["id"]}_definition" messageRef="{n["message"]}" />')
    if "timer" in n:
        lines.append(f'{inner}<bpmn:timerEventDefinition id="{n["id"]}_timer"><bpmn:timeDuration '
                     f'xsi:type="bpmn:tFormalExpression">{escape(n["timer"])}</bpmn:timeDuration>'
                     "</bpmn:timerEventDefinition>")
    if n["kind"] == "subProcess":
        for child in order:
            if nodes[child]["parent"] == n["id"]:
                lines += element_xml(nodes[child], indent + 2)
        lines += flows_xml(n["id"], indent + 2)
    lines.append(f"{pad}</bpmn:{n['kind']}>")
    return lines


def flows_xml(parent, indent):
    pad = " " * indent
    lines = []
    for f in flows:
        if nodes[f["source"]]["parent"] != parent:
            continue
        head = f"{pad}<bpmn:sequenceFlow{attrs(id=f['id'], name=f['name'], sourceRef=f['source'], targetRef=f['target'])}"
        if f["condition"]:
            lines.append(head + ">")
            lines.append(f'{pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">'
                         f"{escape(f['condition'])}</bpmn:conditionExpression>")
            lines.append(f"{pad}</bpmn:sequenceFlow>")
        else:
            lines.append(head + " />")
    return lines


def label_bounds(n):
    text_w = 90
    if n["shape"] == "gateway":
        if n.get("label_below"):
            return (n["cx"] - 45, n["y"] + n["h"] + 5, text_w, 27)
        return (n["cx"] - 45, n["y"] - 32, text_w, 27)
    if n["kind"] == "boundaryEvent":
        if n.get("label_left"):
            return (n["cx"] - 94, n["y"] + n["h"] - 4, 80, 27)
        return (n["cx"] + 14, n["y"] + n["h"] + 2, 80, 27)
    if n.get("label_above"):
        return (n["cx"] - 45, n["y"] - 32, text_w, 27)
    return (n["cx"] - 45, n["y"] + n["h"] + 4, text_w, 27)


def flow_label(f, points):
    (x1, y1), (x2, y2) = points[0], points[1]
    if y1 == y2:  # horizontal first leg: above it
        return (min(x1, x2) + 6, y1 - 20, max(40, 7 * len(f["name"])), 14)
    return (x1 + 6, min(y1, y2) + 6, max(40, 7 * len(f["name"])), 14)


def diagram():
    lines = []
    for id in order:
        n = nodes[id]
        extra = ""
        if n["shape"] == "gateway":
            extra = ' isMarkerVisible="true"'
        if n["kind"] == "subProcess":
            extra = ' isExpanded="true"'
        bounds = f'<dc:Bounds x="{n["x"]}" y="{n["y"]}" width="{n["w"]}" height="{n["h"]}" />'
        label = ""
        if n["shape"] in ("gateway", "event"):
            lx, ly, lw, lh = label_bounds(n)
            label = f'<bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" /></bpmndi:BPMNLabel>'
        lines.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}>{bounds}{label}</bpmndi:BPMNShape>')
    for f in flows:
        points = waypoints(f)
        wps = "".join(f'<di:waypoint x="{x}" y="{y}" />' for x, y in points)
        label = ""
        if f["name"]:
            lx, ly, lw, lh = flow_label(f, points)
            label = f'<bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" /></bpmndi:BPMNLabel>'
        lines.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{wps}{label}</bpmndi:BPMNEdge>')
    return lines


def document():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- The release: build, test, accept, roll out in waves, back out what was deployed when a wave fails. "
           "Element ids are the contract with the app and the tests; labels are for people. "
           "Generated by processes/tools/generate_release_bpmn.py. -->",
           '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
           'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
           'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
           'id="release_definitions" targetNamespace="http://changeflow.io/bpmn" exporter="Changeflow" '
           'exporterVersion="1" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">',
           '  <bpmn:process id="release" name="Release" isExecutable="true">']
    for id in order:
        if nodes[id]["parent"] is None:
            out += element_xml(nodes[id], 4)
    out += flows_xml(None, 4)
    out.append("  </bpmn:process>")
    for id, name, key in MESSAGES:
        out += [f'  <bpmn:message id="{id}" name="{name}">',
                f'    <bpmn:extensionElements><zeebe:subscription correlationKey="{key}" /></bpmn:extensionElements>',
                "  </bpmn:message>"]
    for code in ERRORS:
        out.append(f'  <bpmn:error id="error_{code}" name="{code}" errorCode="{code}" />')
    out += ['  <bpmndi:BPMNDiagram id="release_diagram">',
            '    <bpmndi:BPMNPlane id="release_plane" bpmnElement="release">']
    out += diagram()
    out += ["    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>", "</bpmn:definitions>"]
    return "\n".join(out) + "\n"


def check_unique_ids(xml):
    import collections
    import re
    twice = [id for id, n in collections.Counter(re.findall(r' id="([^"]+)"', xml)).items() if n > 1]
    if twice:
        raise SystemExit(f"ids used twice: {twice}")


if __name__ == "__main__":
    check_unique_ids(document())
    OUT.write_text(document(), encoding="utf-8")
    print(f"wrote {OUT}")

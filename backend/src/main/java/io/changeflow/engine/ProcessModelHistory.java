package io.changeflow.engine;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every version of every BPMN and DMN model the app deployed, kept in the database with
 * its XML. A running instance stays on the version it started on, so the app reads that
 * version's model (its diagram, its path), not the one in the jar it runs now. Versions
 * are ours: numbered per model by the order their contents were first deployed, the same
 * on every replica and engine.
 */
@Component
public class ProcessModelHistory {

	private final JdbcTemplate jdbc;

	private final EngineEpoch epoch;

	ProcessModelHistory(JdbcTemplate jdbc, EngineEpoch epoch) {
		this.jdbc = jdbc;
		this.epoch = epoch;
	}

	/**
	 * Records a model the engine accepted. Idempotent: content recorded before keeps its
	 * version, also when replicas record it at the same moment.
	 * @param kind BPMN or DMN
	 * @param modelId the BPMN process id or the DMN decision requirements id
	 * @param resourceName the file it came from
	 * @param xml its content
	 * @param engineVersion the version the engine gave it
	 * @return our version of it
	 */
	@Transactional
	public int record(Kind kind, String modelId, String resourceName, String xml, int engineVersion) {
		// One recorder at a time: two new contents of one model deployed at once by two
		// replicas would otherwise both take the next number.
		this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('process_model'))");
		String checksum = checksum(xml);
		Integer version = this.jdbc
			.queryForList("select version from process_model where model_id = ? and checksum = ?", Integer.class,
					modelId, checksum)
			.stream()
			.findFirst()
			.orElse(null);
		if (version == null) {
			version = this.jdbc.queryForObject(
					"select coalesce(max(version), 0) + 1 from process_model where model_id = ?", Integer.class,
					modelId);
			this.jdbc.update("""
					insert into process_model (model_id, version, kind, checksum, resource_name, xml)
					values (?, ?, ?, ?, ?, ?)""", modelId, version, kind.name(), checksum, resourceName, xml);
		}
		// The engine may give a new number to content it had before (deployed again after
		// another version): the latest answer wins.
		this.jdbc
			.update("""
					insert into process_model_engine_version (engine_epoch, model_id, engine_version, model_version)
					values (?, ?, ?, ?)
					on conflict (engine_epoch, model_id, engine_version) do update set model_version = excluded.model_version""",
					this.epoch.id(), modelId, engineVersion, version);
		return version;
	}

	/**
	 * Our version of the model the engine runs under its own version number, in the
	 * current engine epoch.
	 * @param modelId the BPMN process id
	 * @param engineVersion the engine's version number, e.g. from a started instance
	 * @return our version, empty for a model deployed without being recorded
	 */
	public Optional<Integer> versionOf(String modelId, int engineVersion) {
		return this.jdbc
			.queryForList("""
					select model_version from process_model_engine_version
					where engine_epoch = ? and model_id = ? and engine_version = ?""", Integer.class, this.epoch.id(),
					modelId, engineVersion)
			.stream()
			.findFirst();
	}

	/**
	 * What a create-instance command started, with the model version it runs on.
	 * @param started the engine's answer
	 * @return the instance and its model version
	 */
	public StartedInstance started(ProcessInstanceEvent started) {
		return new StartedInstance(started.getProcessInstanceKey(),
				versionOf(started.getBpmnProcessId(), started.getVersion()).orElse(null));
	}

	/**
	 * The XML of one version of a model.
	 * @param modelId the BPMN process id or DMN decision requirements id
	 * @param version our version
	 * @return its XML, empty for an unknown version
	 */
	public Optional<String> xml(String modelId, int version) {
		return this.jdbc
			.queryForList("select xml from process_model where model_id = ? and version = ?", String.class, modelId,
					version)
			.stream()
			.findFirst();
	}

	/**
	 * The version new instances start on: the one the engine has as its latest, in the
	 * current epoch.
	 * @param modelId the BPMN process id
	 * @return its version, empty when none is recorded
	 */
	public Optional<Integer> current(String modelId) {
		return this.jdbc
			.queryForList("""
					select model_version from process_model_engine_version
					where engine_epoch = ? and model_id = ? order by engine_version desc limit 1""", Integer.class,
					this.epoch.id(), modelId)
			.stream()
			.findFirst();
	}

	static String checksum(String xml) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The two kinds of model the app deploys. */
	public enum Kind {

		BPMN, DMN

	}

}

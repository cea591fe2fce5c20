package io.changeflow.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.changeflow.audit.AuditEventView;
import io.changeflow.audit.AuditEventsCsv;
import io.changeflow.audit.AuditRecords;
import io.changeflow.audit.ChainHead;
import io.changeflow.change.ChangeQueries;
import io.changeflow.release.ReleaseQueries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * Evidence as a ZIP an auditor keeps: the events as JSON and CSV, the change's evidence
 * view and its path diagram, and a manifest with the audit chain head and the SHA-256 of
 * every other file, so anyone can later show that nothing in it changed and where in the
 * chain it was taken.
 */
@Service
class EvidenceExport {

	static final String MANIFEST = "manifest.json";

	private final EvidenceService evidence;

	private final AuditRecords audit;

	private final ChangeQueries changes;

	private final ReleaseQueries releases;

	private final ObjectWriter json;

	EvidenceExport(EvidenceService evidence, AuditRecords audit, ChangeQueries changes, ReleaseQueries releases,
			ObjectMapper objectMapper) {
		this.evidence = evidence;
		this.audit = audit;
		this.changes = changes;
		this.releases = releases;
		this.json = objectMapper.writerWithDefaultPrettyPrinter();
	}

	/**
	 * The evidence ZIP of one change.
	 * @param key the change key
	 * @param user who asks for it
	 * @return the ZIP's bytes
	 */
	byte[] ofChange(String key, String user) {
		ChangeEvidence change = this.evidence.of(key);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("events.json", json(change.events()));
		files.put("events.csv", csv(change.events()));
		files.put("change.json", json(change));
		files.put("path.svg", utf8(this.evidence.pathSvg(change)));
		// After reading the events: the head covers every one of them.
		ChainHead head = this.audit.head();
		return zip(files, new Manifest(Instant.now(), user, key, null, head, entries(files)));
	}

	/**
	 * The evidence ZIP of a period: its events, and a folder for each change and release
	 * with an event in it.
	 * @param from the first day (UTC)
	 * @param to the last day (UTC), included
	 * @param user who asks for it
	 * @return the ZIP's bytes
	 */
	byte[] ofPeriod(LocalDate from, LocalDate to, String user) {
		List<AuditEventView> events = this.audit.between(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
				to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("events.json", json(events));
		files.put("events.csv", csv(events));
		Set<String> subjects = new LinkedHashSet<>();
		events.forEach((event) -> subjects.add(event.subjectKey()));
		for (String subject : subjects) {
			if (this.changes.exists(subject)) {
				ChangeEvidence change = this.evidence.of(subject);
				files.put(subject + "/change.json", json(change));
				files.put(subject + "/path.svg", utf8(this.evidence.pathSvg(change)));
			}
			else if (this.releases.exists(subject)) {
				files.put(subject + "/release.json", json(this.releases.get(subject)));
			}
		}
		ChainHead head = this.audit.head();
		return zip(files, new Manifest(Instant.now(), user, null, new Period(from, to), head, entries(files)));
	}

	private static List<FileEntry> entries(Map<String, byte[]> files) {
		List<FileEntry> entries = new ArrayList<>();
		files.forEach((name, bytes) -> entries.add(new FileEntry(name, bytes.length, sha256(bytes))));
		return entries;
	}

	private byte[] zip(Map<String, byte[]> files, Manifest manifest) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			write(zip, MANIFEST, json(manifest));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				write(zip, file.getKey(), file.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	private byte[] json(Object value) {
		try {
			return this.json.writeValueAsBytes(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Evidence could not be written as JSON", ex);
		}
	}

	private static byte[] csv(List<AuditEventView> events) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			AuditEventsCsv.write(events, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * What the ZIP holds and where in the audit chain it was taken.
	 *
	 * @param generatedAt when
	 * @param generatedBy who asked for it
	 * @param subject the change, for a change's evidence
	 * @param period the days, for a period's evidence
	 * @param chainHead the audit chain's head when it was taken
	 * @param files every other file with its size and SHA-256
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Manifest(Instant generatedAt, String generatedBy, String subject, Period period, ChainHead chainHead,
			List<FileEntry> files) {
	}

	/**
	 * Days, both included.
	 *
	 * @param from the first day
	 * @param to the last day
	 */
	record Period(LocalDate from, LocalDate to) {
	}

	/**
	 * One file of the ZIP.
	 *
	 * @param name its path in the ZIP
	 * @param bytes its size
	 * @param sha256 the SHA-256 of its bytes, lowercase hex
	 */
	record FileEntry(String name, long bytes, String sha256) {
	}

}

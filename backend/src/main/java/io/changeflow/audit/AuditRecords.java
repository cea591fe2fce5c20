package io.changeflow.audit;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: by subject, by period, by search, and its head.
 */
@Service
@Transactional(readOnly = true)
public class AuditRecords {

	static final String COLUMNS = """
			seq, at, actor, actor_kind, action, subject_type, subject_key, cis, before::text, after::text,
			correlation::text, prev_hash, hash""";

	static final RowMapper<AuditEventView> ROW = AuditRecords::row;

	private final JdbcTemplate jdbc;

	AuditRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every event of one change, release, CI or other subject, oldest first.
	 * @param subjectKey the business key
	 * @return its events
	 */
	public List<AuditEventView> forSubject(String subjectKey) {
		return this.jdbc.query("select " + COLUMNS + " from audit_event where subject_key = ? order by seq", ROW,
				subjectKey);
	}

	/**
	 * Every event in a period, oldest first.
	 * @param from the start (inclusive)
	 * @param to the end (exclusive)
	 * @return the events
	 */
	public List<AuditEventView> between(Instant from, Instant to) {
		return this.jdbc.query("select " + COLUMNS + " from audit_event where at >= ? and at < ? order by seq", ROW,
				Timestamp.from(from), Timestamp.from(to));
	}

	/**
	 * The newest row of the chain.
	 * @return the head (seq 0 while the log is empty)
	 */
	public ChainHead head() {
		return this.jdbc
			.query("select seq, hash from audit_event order by seq desc limit 1",
					(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.stream()
			.findFirst()
			.orElseGet(ChainHead::empty);
	}

	/**
	 * Events matching a search, newest first, a page at a time.
	 * @param search the filters
	 * @param after the cursor of the previous page (a sequence number), or null
	 * @param limit the page size
	 * @return the page
	 */
	public KeysetPage<AuditEventView> search(AuditSearch search, @Nullable String after, int limit) {
		List<Object> arguments = new ArrayList<>();
		String where = search.where(arguments);
		if (after != null && !after.isBlank()) {
			where += " and seq < ?";
			arguments.add(cursor(after));
		}
		arguments.add(limit + 1);
		List<AuditEventView> fetched = this.jdbc.query(
				"select " + COLUMNS + " from audit_event where " + where + " order by seq desc limit ?", ROW,
				arguments.toArray());
		return KeysetPage.of(fetched, limit, (event) -> Long.toString(event.seq()));
	}

	/**
	 * Every event matching a search, newest first, for an export.
	 * @param search the filters
	 * @param max the most rows to return
	 * @return the events
	 */
	public List<AuditEventView> all(AuditSearch search, int max) {
		List<Object> arguments = new ArrayList<>();
		String where = search.where(arguments);
		arguments.add(max);
		return this.jdbc.query("select " + COLUMNS + " from audit_event where " + where + " order by seq desc limit ?",
				ROW, arguments.toArray());
	}

	private static long cursor(String after) {
		try {
			long seq = Long.parseLong(after);
			if (seq > 0) {
				return seq;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalid("after", "Use the next value of the previous page.");
	}

	static AuditEventView row(ResultSet rs, int rowNum) throws SQLException {
		String[] cis = (String[]) rs.getArray("cis").getArray();
		return new AuditEventView(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("actor_kind"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_key"), Arrays.asList(cis), CanonicalJson.parse(rs.getString("before")),
				CanonicalJson.parse(rs.getString("after")), CanonicalJson.parse(rs.getString("correlation")),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}

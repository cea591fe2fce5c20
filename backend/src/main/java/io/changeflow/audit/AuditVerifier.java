package io.changeflow.audit;

import io.changeflow.audit.AuditVerification.BrokenLink;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the chain page by page (each page one short query: the statement timeout holds at
 * millions of rows), recomputing every hash.
 */
@Service
class AuditVerifier {

	private static final int PAGE = 5_000;

	private final JdbcTemplate jdbc;

	private final AuditRecords records;

	AuditVerifier(JdbcTemplate jdbc, AuditRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/**
	 * Verifies from the newest checkpoint (which must still match its row), or from the
	 * first row.
	 * @param full start from the first row even when there is a checkpoint
	 * @return the result, naming the first broken link
	 */
	AuditVerification verify(boolean full) {
		long started = System.nanoTime();
		Optional<ChainHead> checkpoint = full ? Optional.empty() : newestCheckpoint();
		ChainHead start = checkpoint.orElseGet(ChainHead::empty);
		ChainHead head = this.records.head();
		BrokenLink broken = checkpoint.flatMap(this::checkpointBroken).orElse(null);
		long checked = 0;
		if (broken == null && head.seq() < start.seq()) {
			broken = new BrokenLink(head.seq() + 1,
					"The chain ends at row %d, but checkpoint %d recorded rows up to %d.".formatted(head.seq(),
							start.seq(), start.seq()));
		}
		long previousSeq = start.seq();
		String previousHash = start.hash();
		while (broken == null) {
			List<AuditEventView> page = this.jdbc.query(
					"select " + AuditRecords.COLUMNS + " from audit_event where seq > ? order by seq limit " + PAGE,
					AuditRecords.ROW, previousSeq);
			for (AuditEventView row : page) {
				broken = brokenLink(row, previousSeq, previousHash);
				if (broken != null) {
					break;
				}
				checked++;
				previousSeq = row.seq();
				previousHash = row.hash();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		return new AuditVerification(broken == null, checked, start.seq() + 1, head.seq(), head.hash(),
				checkpoint.map(ChainHead::seq).orElse(null), broken, (System.nanoTime() - started) / 1_000_000);
	}

	private static BrokenLink brokenLink(AuditEventView row, long previousSeq, String previousHash) {
		if (row.seq() != previousSeq + 1) {
			return new BrokenLink(previousSeq + 1, "Row %d is missing: the chain jumps from row %d to row %d."
				.formatted(previousSeq + 1, previousSeq, row.seq()));
		}
		if (!row.prevHash().equals(previousHash)) {
			return new BrokenLink(row.seq(), "Row %d does not link to row %d: its previous hash is not that row's hash."
				.formatted(row.seq(), previousSeq));
		}
		if (!AuditLog.hash(row.prevHash(), row.canonical()).equals(row.hash())) {
			return new BrokenLink(row.seq(),
					"Row %d was changed after it was written: its content does not match its hash."
						.formatted(row.seq()));
		}
		return null;
	}

	private Optional<BrokenLink> checkpointBroken(ChainHead checkpoint) {
		List<String> hashes = this.jdbc.queryForList("select hash from audit_event where seq = ?", String.class,
				checkpoint.seq());
		if (hashes.isEmpty() || !hashes.get(0).equals(checkpoint.hash())) {
			return Optional.of(new BrokenLink(checkpoint.seq(), "Row %d no longer has the hash checkpoint %d recorded."
				.formatted(checkpoint.seq(), checkpoint.seq())));
		}
		return Optional.empty();
	}

	Optional<ChainHead> newestCheckpoint() {
		return this.jdbc
			.query("select seq, hash from audit_checkpoint order by seq desc limit 1",
					(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.stream()
			.findFirst();
	}

}

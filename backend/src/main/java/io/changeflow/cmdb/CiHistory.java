package io.changeflow.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version change of a configuration item: from what to what, by which release and
 * changes, who did it. Written once, never updated, so an auditor can tell what a CI ran
 * at any time.
 */
@Entity
@Immutable
@Table(name = "ci_history")
class CiHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ci_id", nullable = false)
	private UUID ciId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "old_version")
	private String oldVersion;

	@Column(name = "new_version", nullable = false)
	private String newVersion;

	@Column(name = "release_key")
	private String releaseKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "change_keys", nullable = false)
	private List<String> changeKeys = new ArrayList<>();

	@Column(nullable = false)
	private String actor;

	protected CiHistory() {
	}

	CiHistory(UUID ciId, String oldVersion, String newVersion, String releaseKey, List<String> changeKeys,
			String actor) {
		this.ciId = ciId;
		this.at = Instant.now();
		this.oldVersion = oldVersion;
		this.newVersion = newVersion;
		this.releaseKey = releaseKey;
		this.changeKeys = new ArrayList<>(changeKeys);
		this.actor = actor;
	}

	CiHistoryView view() {
		return new CiHistoryView(this.at, this.oldVersion, this.newVersion, this.releaseKey,
				List.copyOf(this.changeKeys), this.actor);
	}

}

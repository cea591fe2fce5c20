package io.changeflow.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Column(nullable = false)
	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	// The columns of the first version-only history, still filled for version rows.
	@Column(name = "old_version")
	private String oldVersion;

	@Column(name = "new_version")
	private String newVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CiChangeCause cause;

	@Column(name = "release_key")
	private String releaseKey;

	@Column(name = "change_key")
	private String changeKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "change_keys", nullable = false)
	private List<String> changeKeys = new ArrayList<>();

	@Column(nullable = false)
	private String actor;

	protected CiHistory() {
	}

	CiHistory(UUID ciId, CiChange change, CiChangeCause cause, String releaseKey, String changeKey,
			List<String> changeKeys, String actor) {
		this.ciId = ciId;
		this.at = Instant.now();
		this.field = change.field();
		this.oldValue = change.oldValue();
		this.newValue = change.newValue();
		if ("version".equals(change.field())) {
			this.oldVersion = change.oldValue();
			this.newVersion = change.newValue();
		}
		this.cause = cause;
		this.releaseKey = releaseKey;
		this.changeKey = changeKey;
		this.changeKeys = new ArrayList<>(changeKeys);
		this.actor = actor;
	}

	CiHistoryView view() {
		return new CiHistoryView(this.at, this.field, this.oldValue, this.newValue, this.cause, this.releaseKey,
				this.changeKey, List.copyOf(this.changeKeys), this.actor);
	}

}

package io.changeflow.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change bundled into a release. While the release is open the change belongs to it
 * alone; a unique index on open memberships makes that hold under concurrent requests.
 */
@Entity
@Table(name = "release_change")
class ReleaseMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id", nullable = false, updatable = false)
	private Release release;

	@Column(name = "change_key", nullable = false, updatable = false)
	private String changeKey;

	@Column(name = "release_open", nullable = false)
	private boolean releaseOpen;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	protected ReleaseMember() {
	}

	ReleaseMember(Release release, String changeKey) {
		this.release = release;
		this.changeKey = changeKey;
		this.releaseOpen = true;
		this.addedAt = Instant.now();
	}

	String changeKey() {
		return this.changeKey;
	}

	void releaseEnded() {
		this.releaseOpen = false;
	}

}

package io.changeflow.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A file an RFC refers to: its name, size and hash, and who added it when.
 */
@Embeddable
class ChangeAttachment {

	@Column(nullable = false)
	private String name;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected ChangeAttachment() {
	}

	ChangeAttachment(String name, long size, String sha256, String addedBy, Instant addedAt) {
		this.name = name;
		this.size = size;
		this.sha256 = sha256;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	boolean isFile(String name, String sha256) {
		return this.name.equals(name) && this.sha256.equals(sha256);
	}

	ChangeView.Attachment view() {
		return new ChangeView.Attachment(this.name, this.size, this.sha256, this.addedBy, this.addedAt);
	}

}

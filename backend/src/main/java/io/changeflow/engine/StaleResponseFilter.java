package io.changeflow.engine;

import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferWriter;
import org.agrona.DirectBuffer;

/**
 * Drops the responses to requests of a previous run. A command that reached the log just
 * before a crash is processed after the restart; its client is gone, and
 * zeebe-process-test's response writer would fail on the unknown request id (or, with ids
 * restarting at 1, answer the wrong request).
 */
final class StaleResponseFilter implements CommandResponseWriter {

	private final CommandResponseWriter delegate;

	private final long firstRequestId;

	StaleResponseFilter(CommandResponseWriter delegate, long firstRequestId) {
		this.delegate = delegate;
		this.firstRequestId = firstRequestId;
	}

	@Override
	public CommandResponseWriter partitionId(int partitionId) {
		this.delegate.partitionId(partitionId);
		return this;
	}

	@Override
	public CommandResponseWriter key(long key) {
		this.delegate.key(key);
		return this;
	}

	@Override
	public CommandResponseWriter intent(Intent intent) {
		this.delegate.intent(intent);
		return this;
	}

	@Override
	public CommandResponseWriter recordType(RecordType type) {
		this.delegate.recordType(type);
		return this;
	}

	@Override
	public CommandResponseWriter valueType(ValueType valueType) {
		this.delegate.valueType(valueType);
		return this;
	}

	@Override
	public CommandResponseWriter rejectionType(RejectionType rejectionType) {
		this.delegate.rejectionType(rejectionType);
		return this;
	}

	@Override
	public CommandResponseWriter rejectionReason(DirectBuffer rejectionReason) {
		this.delegate.rejectionReason(rejectionReason);
		return this;
	}

	@Override
	public CommandResponseWriter valueWriter(BufferWriter value) {
		this.delegate.valueWriter(value);
		return this;
	}

	@Override
	public void tryWriteResponse(int requestStreamId, long requestId) {
		if (requestId > this.firstRequestId) {
			this.delegate.tryWriteResponse(requestStreamId, requestId);
		}
	}

}

package io.changeflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.camunda.client.metrics.MetricsRecorder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The recording rule: only the failure that leaves a job without retries is an incident,
 * and recording never swallows the failure.
 */
class IncidentRecorderTests {

	private final IncidentService incidents = mock(IncidentService.class);

	private final IncidentRecorder recorder = new IncidentRecorder(this.incidents,
			mock(CommandExceptionHandlingStrategy.class), mock(MetricsRecorder.class));

	@Test
	void onlyTheLastRetryIsAnIncident() {
		IllegalStateException failure = new IllegalStateException("CMDB unreachable");
		assertThat(IncidentRecorder.isLastAttempt(failure, job(3))).isFalse();
		assertThat(IncidentRecorder.isLastAttempt(failure, job(2))).isFalse();
		assertThat(IncidentRecorder.isLastAttempt(failure, job(1))).isTrue();
		assertThat(IncidentRecorder.isLastAttempt(failure, job(0))).isTrue();
	}

	@Test
	void aBpmnErrorIsABusinessOutcomeNotAnIncident() {
		assertThat(IncidentRecorder.isLastAttempt(new BpmnError("build_failed", "7 tests failed"), job(1))).isFalse();
	}

	@Test
	void aJobErrorThatSetsNoRetriesLeftIsAnIncidentEvenEarly() {
		JobError noMore = new JobError("gave up", null, 0, null, null);
		assertThat(IncidentRecorder.isLastAttempt(noMore, job(3))).isTrue();
		JobError moreLeft = new JobError("try later", null, 2, null, null);
		assertThat(IncidentRecorder.isLastAttempt(moreLeft, job(1))).isFalse();
	}

	@Test
	void theLastFailureIsRecordedWithItsBusinessKeyAndStillFailsTheJob() {
		IllegalStateException failure = new IllegalStateException("CMDB unreachable");

		assertThatThrownBy(() -> this.recorder.handleException(failure, context(job(1)))).isSameAs(failure);

		verify(this.incidents).record(new FailedJob("CHG-000001", "update_cmdb", "update-cmdb", 42, 7,
				"IllegalStateException: CMDB unreachable"));
	}

	@Test
	void anEarlierFailureIsNotRecorded() throws Exception {
		IllegalStateException failure = new IllegalStateException("CMDB unreachable");

		assertThatThrownBy(() -> this.recorder.handleException(failure, context(job(2)))).isSameAs(failure);

		verify(this.incidents, never()).record(any());
	}

	@Test
	void aRecordThatCannotBeWrittenLeavesTheFailureToTheEngine() {
		IllegalStateException failure = new IllegalStateException("CMDB unreachable");
		willThrow(new DataAccessResourceFailureException("database down")).given(this.incidents).record(any());

		assertThatThrownBy(() -> this.recorder.handleException(failure, context(job(1)))).isSameAs(failure);
	}

	@Test
	void longMessagesAreBounded() {
		FailedJob job = new FailedJob(null, "e", "t", 1, 2, "x".repeat(5000));
		assertThat(job.errorMessage()).hasSize(FailedJob.MAX_MESSAGE);
	}

	private static ActivatedJob job(int retries) {
		ActivatedJob job = mock(ActivatedJob.class);
		given(job.getRetries()).willReturn(retries);
		given(job.getKey()).willReturn(42L);
		given(job.getProcessInstanceKey()).willReturn(7L);
		given(job.getElementId()).willReturn("update_cmdb");
		given(job.getType()).willReturn("update-cmdb");
		given(job.getVariablesAsMap()).willReturn(Map.of("changeKey", "CHG-000001"));
		return job;
	}

	private static ExceptionHandlingContext context(ActivatedJob job) {
		return new ExceptionHandlingContext(mock(JobClient.class), job, new JobWorkerValue());
	}

}

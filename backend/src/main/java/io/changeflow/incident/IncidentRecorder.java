package io.changeflow.incident;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a job that fails on its last retry on the record, for every {@code @JobWorker}
 * method of the app: the Camunda client hands every exception a worker method throws to
 * this strategy (it replaces the client's default one). The failure itself goes on to the
 * default handling unchanged, so the engine still fails the job and raises its own
 * incident; recording never stands in its way.
 */
@Component
class IncidentRecorder implements JobExceptionHandlingStrategy {

	private static final Logger log = LoggerFactory.getLogger(IncidentRecorder.class);

	private final IncidentService incidents;

	private final JobExceptionHandlingStrategy failure;

	IncidentRecorder(IncidentService incidents, CommandExceptionHandlingStrategy commands, MetricsRecorder metrics) {
		this.incidents = incidents;
		this.failure = new DefaultJobExceptionHandlingStrategy(commands, metrics);
	}

	@Override
	public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
		if (isLastAttempt(exception, context.job())) {
			try {
				this.incidents.record(FailedJob.of(context.job(), exception));
			}
			catch (RuntimeException ex) {
				log.warn("Could not record the incident of job {} ({}): {}", context.job().getKey(),
						context.job().getType(), ex.toString());
			}
		}
		this.failure.handleException(exception, context);
	}

	/**
	 * Whether this failure leaves the job without retries, so the engine raises an
	 * incident. A BPMN error is a business outcome the model handles, never an incident.
	 * @param exception what the worker method threw
	 * @param job the job as it was activated
	 * @return true on the last retry
	 */
	static boolean isLastAttempt(Exception exception, ActivatedJob job) {
		if (exception instanceof BpmnError) {
			return false;
		}
		int left = (exception instanceof JobError error && error.getRetries() != null) ? error.getRetries()
				: job.getRetries() - 1;
		return left <= 0;
	}

}

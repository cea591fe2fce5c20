/**
 * Incidents: a job that ran out of retries, on the record with the change or release it
 * stopped, until a person retries it or cancels the process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident")
package io.changeflow.incident;

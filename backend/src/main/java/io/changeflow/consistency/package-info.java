/**
 * Consistency between what the database records and what the engine and the inbox do:
 * finds changes and releases whose process never started, is gone, or waits for a person
 * with no open task; repairs what it can and reports the rest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consistency")
package io.changeflow.consistency;

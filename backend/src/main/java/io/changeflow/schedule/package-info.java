/**
 * The change calendar: blackout windows (change freezes) and conflict detection between
 * changes that touch the same configuration items at the same time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package io.changeflow.schedule;

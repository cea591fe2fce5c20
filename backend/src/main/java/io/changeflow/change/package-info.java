/**
 * Changes: RFC intake, editing, the change lifecycle projected from the
 * {@code change_request} process, change models (standard changes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change")
package io.changeflow.change;

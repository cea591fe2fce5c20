/**
 * Releases: bundles of changes ready for release, their artifacts (definitive software
 * library), the hardware store, the {@code release} process's automated steps and the
 * release API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Release")
package io.changeflow.release;

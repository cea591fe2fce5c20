/**
 * Unauthorized-change detection: discovery tools report what they saw on configuration
 * items; an observed change that an approved change or release covers updates the CMDB
 * and closes the loop, one that nothing covers becomes an unauthorized-change record for
 * the change managers to resolve.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery")
package io.changeflow.discovery;

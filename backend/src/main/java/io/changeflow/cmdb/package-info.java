/**
 * The configuration management database: configuration items that changes touch and
 * releases update.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CMDB")
package io.changeflow.cmdb;

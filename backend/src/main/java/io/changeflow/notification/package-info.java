/**
 * Notifications: what people are told (a vote waits, a decision fell, a change
 * escalated), kept in-app per person and, where switched on, sent by email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package io.changeflow.notification;

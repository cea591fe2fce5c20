/**
 * KPIs for change managers and auditors: change success, classes, lead and CAB times and
 * the DORA four per month, computed in PostgreSQL from the timelines the processes
 * record. Reads tables only; changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package io.changeflow.report;

/**
 * The CAB agenda: normal changes waiting for the CAB, grouped by their planned window,
 * with vote tallies and quorum status, for the change manager who runs the meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CAB agenda")
package io.changeflow.cab;

/**
 * Live updates: server-sent events to the signed-in browsers, sent after the transaction
 * that caused them commits and only to the people allowed to see them. Other features
 * publish through {@link io.changeflow.live.LiveEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live")
package io.changeflow.live;

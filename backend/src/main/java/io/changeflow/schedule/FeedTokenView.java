package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A person's calendar feed token. Only a hash is kept, so the token and the feed
 * addresses that carry it are shown once, right after it is made; after that the person
 * makes a new one (which ends the old one).
 *
 * @param active whether the person has a token
 * @param createdAt when it was made, or null
 * @param token the token, only in the answer that made it
 * @param personalFeed the personal feed's path with the token, only in that answer
 * @param teamFeeds the feeds of the person's teams, only in that answer
 */
public record FeedTokenView(boolean active, @Nullable Instant createdAt, @Nullable String token,
		@Nullable String personalFeed, List<TeamFeed> teamFeeds) {

	/**
	 * A team's feed.
	 *
	 * @param team the owner group, e.g. commerce
	 * @param path the feed's path with the token
	 */
	public record TeamFeed(String team, String path) {
	}

}

package io.changeflow.notification;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everyone signed in reads and marks their own notifications, and only their own: someone
 * else's notification answers 404, as if it did not exist.
 */
@RestController
@Validated
class NotificationController {

	private final NotificationRepository notifications;

	NotificationController(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Bean
	static ApiAuthorizations notificationApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/unread-count")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/notifications/*/read", "/api/notifications/read-all")
			.authenticated();
	}

	/**
	 * Newest first; pass the returned {@code next} as {@code after} for the next page.
	 */
	@GetMapping("/api/notifications")
	@Transactional(readOnly = true)
	KeysetPage<NotificationView> list(Authentication user, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) @Min(1) Long after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		long before = (after != null) ? after : Long.MAX_VALUE;
		var fetched = this.notifications.page(user.getName(), before, unread, Limit.of(limit + 1))
			.stream()
			.map(Notification::view)
			.toList();
		return KeysetPage.of(fetched, limit, (view) -> Long.toString(view.id()));
	}

	@GetMapping("/api/notifications/unread-count")
	@Transactional(readOnly = true)
	UnreadCount unreadCount(Authentication user) {
		return new UnreadCount(this.notifications.countByUsernameAndReadAtIsNull(user.getName()));
	}

	@PostMapping("/api/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void markRead(Authentication user, @PathVariable long id) {
		this.notifications.findByIdAndUsername(id, user.getName())
			.orElseThrow(() -> ApiException.notFound("notification", Long.toString(id)))
			.markRead(Instant.now());
	}

	@PostMapping("/api/notifications/read-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void markAllRead(Authentication user) {
		this.notifications.markAllRead(user.getName(), Instant.now());
	}

	/**
	 * How many notifications the user has not read.
	 *
	 * @param count the number
	 */
	record UnreadCount(long count) {
	}

}

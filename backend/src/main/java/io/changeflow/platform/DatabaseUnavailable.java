package io.changeflow.platform;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (unreachable, frozen, restarting, out of connections) from any
 * other failure, so the API can answer 503 with {@code Retry-After}, which clients and
 * load balancers retry, instead of a 500 that says the request itself was wrong. The
 * request's transaction has rolled back by then: nothing of it was written.
 */
public final class DatabaseUnavailable {

	/** What {@code Retry-After} tells clients, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or any of its causes, says the database could not be reached
	 * or did not answer in time.
	 * @param failure what a request threw
	 * @return true for an outage
	 */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	private static boolean isOutage(Throwable cause) {
		if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof QueryTimeoutException || cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
				|| cause instanceof SocketTimeoutException
				|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
			return true;
		}
		// 08: connection exception; 57P01..57P03: shut down, crashed, starting up;
		// 57014: a statement timeout, the database too slow to answer.
		String state = (cause instanceof SQLException sql) ? sql.getSQLState() : null;
		if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014"))) {
			return true;
		}
		// The rollback after a lost connection fails on the pool's closed proxy, and
		// Spring reports that failure instead of the lost connection itself.
		return cause instanceof SQLException && "Connection is closed".equals(cause.getMessage());
	}

	/**
	 * The answer to a request that failed on an outage.
	 * @return Problem Details with status 503
	 */
	public static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is not reachable at the moment. Nothing was changed; try again in a few seconds.");
		problem.setTitle("Service unavailable");
		return problem;
	}

}

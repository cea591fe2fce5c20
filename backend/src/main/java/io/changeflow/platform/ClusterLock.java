package io.changeflow.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work on one replica at a time: several app instances may share the
 * database, and each has the same schedules. A PostgreSQL advisory lock, held on a
 * connection of its own while the work runs, keeps the others out; PostgreSQL drops it
 * when that connection ends, so a replica that dies releases it. The start of each run is
 * recorded, so a replica whose schedule fires a moment after another's finished does not
 * run the same work again within its interval.
 */
@Component
public class ClusterLock {

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	/** Who took a job, for people looking at {@code cluster_job}: the JVM's pid@host. */
	private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

	private final DataSource dataSource;

	ClusterLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs the work unless another replica is running the job now or started it less than
	 * {@code atMostEvery} ago.
	 * @param job the job's name, the same on every replica
	 * @param atMostEvery the least time between two starts; zero only keeps runs apart
	 * @param work what to do; it uses connections of its own
	 * @return whether it ran here
	 */
	public boolean runAlone(String job, Duration atMostEvery, Runnable work) {
		Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			log.warn("{} skipped: no database connection ({})", job, ex.getMessage());
			return false;
		}
		try {
			if (!tryLock(connection, job)) {
				log.debug("{} is running on another replica", job);
				return false;
			}
			try {
				if (!startIfDue(connection, job, atMostEvery)) {
					log.debug("{} ran on another replica less than {} ago", job, atMostEvery);
					return false;
				}
				work.run();
				return true;
			}
			finally {
				unlock(connection, job);
			}
		}
		catch (SQLException ex) {
			log.warn("{} skipped: {}", job, ex.getMessage());
			return false;
		}
		finally {
			close(connection);
		}
	}

	private static boolean tryLock(Connection connection, String job) throws SQLException {
		try (PreparedStatement lock = connection
			.prepareStatement("select pg_try_advisory_lock(hashtext('changeflow.cluster-job:' || ?))")) {
			lock.setString(1, job);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** One statement: records the start when the last one is old enough. */
	private static boolean startIfDue(Connection connection, String job, Duration atMostEvery) throws SQLException {
		try (PreparedStatement start = connection.prepareStatement("""
				insert into cluster_job (name, last_started_at, started_by) values (?, now(), ?)
				on conflict (name) do update set last_started_at = now(), started_by = excluded.started_by
				where cluster_job.last_started_at <= now() - make_interval(secs => ?)""")) {
			start.setString(1, job);
			start.setString(2, REPLICA);
			start.setDouble(3, atMostEvery.toMillis() / 1000.0);
			return start.executeUpdate() == 1;
		}
	}

	/**
	 * A lock that cannot be released (the connection broke) must not go back to the pool
	 * with its connection: the connection is evicted, which ends its session and the
	 * lock.
	 */
	private void unlock(Connection connection, String job) {
		try (PreparedStatement unlock = connection
			.prepareStatement("select pg_advisory_unlock(hashtext('changeflow.cluster-job:' || ?))")) {
			unlock.setString(1, job);
			unlock.execute();
		}
		catch (SQLException ex) {
			log.warn("Could not release the lock of {} ({}); dropping its connection", job, ex.getMessage());
			if (this.dataSource instanceof HikariDataSource hikari) {
				hikari.evictConnection(connection);
			}
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Evicted or broken: the pool replaces it.
		}
	}

}

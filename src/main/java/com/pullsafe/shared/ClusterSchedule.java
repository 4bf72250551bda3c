package com.pullsafe.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Lets a periodic task run once per interval however many nodes run the portal. Every node keeps
 * its own timer; when one fires, the node claims the interval in the database (table {@code
 * scheduled_task_run}) in one atomic statement, and only the node that claimed it does the work.
 */
@ApplicationScoped
public class ClusterSchedule {

  /**
   * Claims the interval unless another node started the task less than this share of an interval
   * ago: the nodes' timers drift, and a node's own next firing may come a little early.
   */
  private static final double CLAIMABLE_AFTER = 0.9;

  private static final String CLAIM =
      "insert into scheduled_task_run (task, started_at) values (?, now())"
          + " on conflict (task) do update set started_at = excluded.started_at"
          + " where scheduled_task_run.started_at"
          + " <= excluded.started_at - make_interval(secs => ?)";

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  /** True when this node is to run {@code task} now; false when another node already has. */
  public boolean claim(String task, Duration interval) {
    try (Connection connection = dataSource.getConnection()) {
      return claim(connection, task, interval);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot claim the scheduled task " + task, e);
    }
  }

  /** The claim as one statement on {@code connection}, which must commit on its own. */
  public static boolean claim(Connection connection, String task, Duration interval)
      throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, task);
      claim.setDouble(2, interval.toMillis() * CLAIMABLE_AFTER / 1000.0);
      return claim.executeUpdate() == 1;
    }
  }
}

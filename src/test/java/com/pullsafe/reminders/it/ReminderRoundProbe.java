package com.pullsafe.reminders.it;

import com.pullsafe.reminders.ReminderRound;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Test-only servlet, added to the WAR by {@link ReminderIT}: runs reminder rounds at a moment the
 * test chooses (POST {@code ?at=...&rounds=n}, the rounds started together on n threads, as n nodes
 * whose timers fire at once would), and tells the mail status of one athlete's reminder of one week
 * (GET {@code ?email=...&week=...}, "none" when there is no reminder).
 */
@WebServlet("/test-probe/reminders")
public class ReminderRoundProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String STATUS =
      "select r.mail_status from reminder_sent r join athlete a on a.id = r.athlete_id"
          + " join app_user u on u.id = a.account_id where u.email = ? and r.week = ?";

  @Inject private transient ReminderRound round;

  @Resource private transient ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private transient DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Instant at = Instant.parse(request.getParameter("at"));
    int rounds = Integer.parseInt(request.getParameter("rounds"));
    CyclicBarrier together = new CyclicBarrier(rounds);
    List<Future<Integer>> running = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      running.add(
          executor.submit(
              () -> {
                together.await();
                return round.run(at);
              }));
    }
    int decided = 0;
    try {
      for (Future<Integer> r : running) {
        decided += r.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain");
    response.getWriter().print(decided);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement status = c.prepareStatement(STATUS)) {
      status.setString(1, request.getParameter("email"));
      status.setString(2, request.getParameter("week"));
      try (ResultSet rows = status.executeQuery()) {
        response.setContentType("text/plain");
        response.getWriter().print(rows.next() ? rows.getString(1) : "none");
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

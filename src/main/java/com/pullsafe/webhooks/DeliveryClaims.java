package com.pullsafe.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Claims deliveries for a try, of every tenant (the senders work for all of them): each claim is
 * one statement, a transaction of its own that locks nothing beyond it, so no row lock and no
 * connection is held while the receiver is asked. A claim is a lease: should its node die before
 * recording the outcome, the delivery is due again once {@link #LEASE} has passed; at least once,
 * never twice at the same time.
 */
@ApplicationScoped
public class DeliveryClaims {

  /** Far longer than a try can take (connect, answer and DNS look-up, each bounded). */
  static final Duration LEASE = Duration.ofMinutes(1);

  static final int ENDPOINTS_PER_ROUND = 200;

  private static final String DUE =
      "status in ('PENDING', 'RETRYING') and next_attempt_at <= now()"
          + " and (claimed_until is null or claimed_until < now())";

  /** The endpoint's oldest due delivery, claimed; one another sender holds is skipped. */
  private static final String CLAIM_NEXT =
      "with claimed as ("
          + " update webhook_delivery d"
          + " set claimed_until = now() + make_interval(secs => ?), claim_token = ?"
          + " where d.id = (select id from webhook_delivery"
          + "   where endpoint_id = ? and "
          + DUE
          + "   order by created_at, id limit 1 for update skip locked)"
          + " returning d.id, d.tenant_id, d.endpoint_id, d.event_id, d.event_type, d.payload)"
          + " select c.*, e.url, e.secret, coalesce(e.active, false) as active"
          + " from claimed c left join webhook_endpoint e"
          + " on e.tenant_id = c.tenant_id and e.id = c.endpoint_id";

  private static final String ENDPOINTS_DUE =
      "select distinct endpoint_id from webhook_delivery where " + DUE + " limit ?";

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  /** Claims the endpoint's next due delivery for one try; empty when none is left. */
  public Optional<ClaimedDelivery> claimNext(long endpointId) {
    String token = UUID.randomUUID().toString();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM_NEXT)) {
      claim.setDouble(1, LEASE.toSeconds());
      claim.setString(2, token);
      claim.setLong(3, endpointId);
      try (ResultSet row = claim.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ClaimedDelivery(
                row.getLong("id"),
                row.getLong("tenant_id"),
                row.getLong("endpoint_id"),
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("payload"),
                token,
                row.getString("url"),
                row.getString("secret"),
                row.getBoolean("active")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot claim a webhook delivery of endpoint " + endpointId, e);
    }
  }

  /** The endpoints with a delivery due and not held by any sender. */
  public List<Long> endpointsWithDueDeliveries() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement due = connection.prepareStatement(ENDPOINTS_DUE)) {
      due.setInt(1, ENDPOINTS_PER_ROUND);
      List<Long> endpoints = new ArrayList<>();
      try (ResultSet rows = due.executeQuery()) {
        while (rows.next()) {
          endpoints.add(rows.getLong(1));
        }
      }
      return endpoints;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot find the due webhook deliveries", e);
    }
  }
}

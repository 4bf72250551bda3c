package com.pullsafe.webhooks;

import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant admin's HTTPS endpoint and the events it receives. The secret signs every delivery; it
 * is kept as issued because signing needs it (a hash could only verify), and leaves the server only
 * once, in the answer that creates the endpoint.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(
    name = "WebhookEndpoint.findAll",
    query = "select w from WebhookEndpoint w order by w.id")
@NamedQuery(
    name = "WebhookEndpoint.findActive",
    query = "select w from WebhookEndpoint w where w.active = true order by w.id")
public class WebhookEndpoint extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 500)
  private String url;

  @Column(nullable = false, length = 200)
  private String events;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected WebhookEndpoint() {}

  WebhookEndpoint(String url, Set<WebhookEvent> events, String secret, Instant createdAt) {
    this.url = url;
    this.events = events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(","));
    this.secret = secret;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  String secret() {
    return secret;
  }

  public Set<WebhookEvent> events() {
    Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
    Arrays.stream(events.split(",")).map(WebhookEvent::ofType).forEach(e -> e.ifPresent(set::add));
    return set;
  }

  boolean receives(WebhookEvent event) {
    return active && events().contains(event);
  }

  void setActive(boolean active) {
    this.active = active;
  }

  WebhookView view() {
    return new WebhookView(
        id, url, events().stream().map(WebhookEvent::type).toList(), active, createdAt);
  }
}

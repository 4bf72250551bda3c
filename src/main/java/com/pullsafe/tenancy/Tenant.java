package com.pullsafe.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** One coaching business. Its id is the discriminator of every tenant-owned row. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findBySlug", query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = "Tenant.findAll", query = "select t from Tenant t order by t.name, t.id")
public class Tenant {

  public static final String SLUG_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
  public static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
  public static final int SLUG_MAX = 40;
  public static final int NAME_MAX = 120;

  /** Whether the tenant's users may sign in. */
  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected Tenant() {}

  public Tenant(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public void suspend() {
    status = Status.SUSPENDED;
  }

  public void reactivate() {
    status = Status.ACTIVE;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

package com.pullsafe.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one tenant. EclipseLink adds {@code tenant_id = ?} to every
 * query, find and join of these entities and fills the column on insert, from the entity manager
 * property that {@link TenantInterceptor} sets.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = TenantContext.TENANT_PROPERTY,
    discriminatorType = DiscriminatorType.INTEGER)
public abstract class TenantOwnedEntity implements Serializable {

  @Column(name = "tenant_id", insertable = false, updatable = false)
  private Long tenantId;

  public Long getTenantId() {
    return tenantId;
  }
}

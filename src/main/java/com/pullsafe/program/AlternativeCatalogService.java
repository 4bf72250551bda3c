package com.pullsafe.program;

import com.pullsafe.identity.Role;
import com.pullsafe.programming.CatalogView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The catalog of deadlift alternatives and drills, for anyone signed in (api-v1). */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class AlternativeCatalogService {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  public List<CatalogView> all() {
    return em.createNamedQuery("CatalogEntry.findAll", CatalogEntry.class)
        .getResultStream()
        .map(CatalogEntry::view)
        .toList();
  }
}

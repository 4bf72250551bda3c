package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.CatalogView;
import com.pullsafe.programming.Purpose;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the catalog of alternatives and drills, as the migration loaded it (installation-wide,
 * read-only). {@link Alternative} is the source of the codes; a unit test keeps the two equal.
 */
@Entity
@Table(name = "alternative")
@NamedQuery(
    name = "CatalogEntry.findAll",
    query = "select e from CatalogEntry e order by e.position")
public class CatalogEntry {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Alternative code;

  @Column(nullable = false, length = 80)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Alternative.Kind kind;

  @Column(nullable = false)
  private int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "alternative_purpose", joinColumns = @JoinColumn(name = "code"))
  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", length = 20)
  private List<Purpose> purposes = new ArrayList<>();

  protected CatalogEntry() {}

  public CatalogView view() {
    return new CatalogView(code, name, kind, purposes.stream().sorted().toList(), code.dose());
  }
}

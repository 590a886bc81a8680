package io.github.schemadrift.hibernateproof.joinkeys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJdbcTypeCode;

/** One collection of each kind, each in its own join or collection table. */
@Entity
public class Team {
  @Id private Long id;

  @ManyToMany @JoinTable(name = "team_members") private Set<Player> members;

  @ManyToMany @JoinTable(name = "team_bench") private List<Player> bench;

  @ManyToMany @JoinTable(name = "team_lineup") @OrderColumn(name = "pos") private List<Player> lineup;

  @ManyToMany @JoinTable(name = "team_roles") @MapKeyColumn(name = "role") private Map<String, Player> roles;

  @OneToMany @JoinTable(name = "team_alumni") private Set<Player> alumni;

  @OneToMany @JoinTable(name = "team_picks") @OrderColumn(name = "pick") private List<Player> picks;

  @ElementCollection @CollectionTable(name = "team_tags") private Set<String> tags;

  @ElementCollection @CollectionTable(name = "team_codes") @Column(nullable = false) private Set<String> codes;

  @ElementCollection @CollectionTable(name = "team_notes") private List<String> notes;

  @ElementCollection @CollectionTable(name = "team_history") private Collection<String> history;

  @ElementCollection @CollectionTable(name = "team_steps") @OrderColumn(name = "step") private List<String> steps;

  @ElementCollection @CollectionTable(name = "team_titles") @MapKeyColumn(name = "locale") private Map<String, String> titles;

  @ElementCollection @CollectionTable(name = "team_badges") private Set<Badge> badges;

  @ElementCollection @CollectionTable(name = "team_levels") private Set<Level> levels;

  @ElementCollection @CollectionTable(name = "team_log") @CollectionId(generator = "increment")
  @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT) private List<String> log;

  @ManyToMany @JoinTable(name = "team_scouts") @CollectionId(generator = "increment")
  @CollectionIdJdbcTypeCode(java.sql.Types.BIGINT) private List<Player> scouts;
}

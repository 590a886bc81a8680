package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
class Department {
  @Id Long id;
  String name;
  @OneToMany(mappedBy = "department") List<Employee> employees = new ArrayList<>();
}

@Entity
class Employee {
  @Id Long id;
  @ManyToOne Department department;
  @ManyToOne(optional = false) Department homeDepartment;
  @ManyToOne @JoinColumn(name = "mentor_ref", nullable = false) Employee mentor;
  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "person_ref_first", referencedColumnName = "firstName")
  Person contact;
  @OneToOne Locker locker;
  @ManyToOne StringId coded;
}

@Entity
class Locker {
  @Id Long id;
  @OneToOne(mappedBy = "locker") Employee owner;
  int number;
}

@Entity
class PersonReference {
  @Id Long id;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "first_ref", referencedColumnName = "firstName"),
    @JoinColumn(name = "last_ref", referencedColumnName = "lastName")
  })
  Person person;

  @ManyToOne Person implicitPerson;
}

@Entity
class Team {
  @Id Long id;
  @OneToMany @JoinColumn(name = "team_id") List<Player> players = new ArrayList<>();
  @OneToMany List<Player> substitutes = new ArrayList<>();
  @ManyToMany Set<Tag> tags = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "team_sponsors",
      joinColumns = @JoinColumn(name = "team_ref"),
      inverseJoinColumns = @JoinColumn(name = "sponsor_ref"))
  List<Sponsor> sponsors = new ArrayList<>();
}

@Entity
class Player {
  @Id Long id;
  String nickName;
}

@Entity
class Tag {
  @Id Long id;
  @ManyToMany(mappedBy = "tags") Set<Team> teams = new HashSet<>();
}

@Entity
class Sponsor {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long sponsorId;
}

@Embeddable
class Phone {
  @Column(nullable = false, length = 20) String number;
  String kind;
}

@Entity
class Contact {
  @Id Long id;
  @ElementCollection Set<String> nicknames = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "contact_emails", joinColumns = @JoinColumn(name = "contact_ref"))
  @Column(name = "email_address", length = 200)
  @OrderColumn
  List<String> emails = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "contact_phones")
  List<Phone> phones = new ArrayList<>();

  @ElementCollection
  @MapKeyColumn(name = "label", length = 30)
  @Column(name = "val")
  Map<String, String> attributes = new HashMap<>();

  @ElementCollection @OrderColumn(name = "pos") List<Integer> scores = new ArrayList<>();

  @ElementCollection @Enumerated(EnumType.STRING) Set<Colour> colours = new HashSet<>();
}

@Entity
class Playlist {
  @Id Long id;
  @ManyToMany @OrderColumn List<Player> ordered = new ArrayList<>();
  @OneToMany @JoinColumn(name = "playlist_id") @OrderColumn(name = "playlist_pos") List<Song> songs = new ArrayList<>();
  @OneToMany @MapKeyColumn(name = "song_key") Map<String, Song> byKey = new HashMap<>();
}

@Entity
class Song {
  @Id Long id;
  @Column(nullable = false) String title;
}

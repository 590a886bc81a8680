package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "user")
public class User {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "name") private String name;
  @Column(name = "surname") private String surname;
  @Column(name = "login", unique = true) private String login;
  @Column(name = "ldapLogin") private String ldapLogin;
  @Column(name = "password") private String password;
  @Column(name = "active", nullable = false) private boolean active = true;
  @Column(name = "deleted", nullable = false) private boolean deleted;
  @Column(name = "location") private String location;
  @Column(name = "metadataLanguage") private String metadataLanguage;
  @Column(name = "withMassDownload", nullable = false) private boolean withMassDownload;
  @Column(name = "configProductionDateShow", nullable = false) private boolean configProductionDateShow;
  @Column(name = "tableSize") private Integer tableSize;
  @Column(name = "language") private String language;
  @Column(name = "shortcuts", length = 1024) private String shortcuts;
  @Column(name = "show_comments_by_default") private Boolean showCommentsByDefault;
  @Column(name = "show_pagination_by_default") private Boolean showPaginationByDefault;
  @Column(name = "default_gallery_view_mode", nullable = false) private String defaultGalleryViewMode;
  @Column(name = "default_pagination_type", length = 12) private String defaultPaginationType;
  @ManyToOne @JoinColumn(name = "ldapGroup_id") private LdapGroup ldapGroup;
  @ManyToOne @JoinColumn(name = "default_client_id") private Client defaultClient;

  @ManyToMany
  @JoinTable(
      name = "user_x_role",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "role_id"))
  private List<Role> roles;
}

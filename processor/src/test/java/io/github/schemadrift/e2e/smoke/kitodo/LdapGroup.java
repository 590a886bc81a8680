package io.github.schemadrift.e2e.smoke.kitodo;

import jakarta.persistence.*;

@Entity
@Table(name = "ldapgroup")
public class LdapGroup {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(name = "title") private String title;
  @Column(name = "homeDirectory") private String homeDirectory;
  @Column(name = "gidNumber") private String gidNumber;
  @Column(name = "userDn") private String userDN;
  @Column(name = "objectClasses") private String objectClasses;
  @Column(name = "sambaSid") private String sambaSID;
  @Column(name = "sn") private String sn;
  @Column(name = "uid") private String uid;
  @Column(name = "description") private String description;
  @Column(name = "displayName") private String displayName;
  @Column(name = "gecos") private String gecos;
  @Column(name = "loginShell") private String loginShell;
}

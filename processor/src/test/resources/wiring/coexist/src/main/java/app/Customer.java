package app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** Lombok writes the accessors; Hibernate's processor writes Customer_. */
@Entity
@Table(name = "customers")
@Getter
@Setter
public class Customer {
  @Id private Long id;

  @Column(name = "name", nullable = false)
  private String name;
}

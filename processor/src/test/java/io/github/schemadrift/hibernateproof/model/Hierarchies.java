package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.io.Serializable;

@MappedSuperclass
abstract class BaseEntity<ID extends Serializable> {
  @Id ID id;
  @Column(nullable = false) String createdBy;
}

@MappedSuperclass
abstract class NamedBase<ID extends Serializable> extends BaseEntity<ID> {
  @Column(length = 100) String name;
}

@Entity
class GenericChild extends NamedBase<Long> {
  String extra;
}

@Entity
class GenericStringChild extends NamedBase<String> {
  int rank;
}

@Entity
@Table(name = "vehicles")
class Vehicle {
  @Id Long id;
  String maker;
}

@Entity
class Car extends Vehicle {
  @Column(nullable = false) Integer doors;
  int seats;
}

@Entity
@DiscriminatorValue("TRUCK")
class Truck extends Vehicle {
  Double payload;
}

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
abstract class Payment {
  @Id Long id;
  java.math.BigDecimal amount;
}

@Entity
class CardPayment extends Payment {
  String cardNumber;
}

@Entity
class CashPayment extends Payment {
  String currencyNote;
}

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "animals")
class Animal {
  @Id Long id;
  @Column(nullable = false) String species;
}

@Entity
@Table(name = "dogs")
class Dog extends Animal {
  @Column(nullable = false) String breed;
}

@Entity
@Table(name = "cats")
@PrimaryKeyJoinColumn(name = "animal_id")
class Cat extends Animal {
  boolean indoor;
}

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
abstract class Shape {
  @Id Long id;
  String colour;
}

@Entity
class Circle extends Shape {
  double radius;
}

@Entity
class Square extends Shape {
  @Column(nullable = false) Double side;
}

@MappedSuperclass
abstract class Timestamped {
  java.time.Instant updatedAt;
}

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "account_type")
class Account extends Timestamped {
  @Id Long id;
}

@Entity
class SavingsAccount extends Account {
  java.math.BigDecimal rate;
}

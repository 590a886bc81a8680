package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.lang.String;

@Embeddable
public class Address {
  @Column(
      name = "street",
      length = 200
  )
  private String street;

  @Column(
      name = "city",
      length = 100
  )
  private String city;

  @Column(
      name = "postal_code",
      length = 20
  )
  private String postalCode;
}

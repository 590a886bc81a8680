package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "book")
public class Book {
  @Id private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 100)
  private String author;
}

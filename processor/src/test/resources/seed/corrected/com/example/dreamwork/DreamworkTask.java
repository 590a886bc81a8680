package com.example.dreamwork;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "dreamwork_tasks")
public class DreamworkTask {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "prompt", nullable = false)
  private String prompt;

  @Column(name = "status", nullable = false, length = 32)
  private String status;

  @Column(name = "style", length = 64)
  private String style;

  @Column(name = "negative_prompt")
  private String negativePrompt;

  @Column(name = "seed")
  private Long seed;

  @Column(name = "width")
  private Integer width;

  @Column(name = "height")
  private Integer height;

  @Column(name = "progress")
  private Integer progress;

  @Column(name = "result_url")
  private String resultUrl;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "input_image")
  private String inputImage;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected DreamworkTask() {}
}

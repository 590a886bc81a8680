package golden.onapsorequests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps real table requestdb.orchestration_task of the onap-so-requests corpus, with a few deliberate drifts. */
@Entity
@Table(name = "orchestration_task", schema = "requestdb")
public class OrchestrationTask {
  @Id
  @Column(name = "TASK_ID")
  String taskId;

  @Column(name = "REQUEST_ID", length = 210)
  String requestId;

  @Column(name = "NAME")
  String name;

  @Column(name = "CREATED_TIME")
  java.time.LocalDateTime createdTime;

  @Column(name = "STATUS")
  String status;

  @Column(name = "IS_MANUAL")
  String isManual;

  @Column(name = "golden_missing_col")
  String goldenMissing;
}
